package io.dateline.cms.render.internal;

import org.jspecify.annotations.Nullable;

/**
 * Removes characters that XML 1.0 forbids (most C0 controls, unpaired surrogates, U+FFFE/U+FFFF).
 * Written by hand because neither library in the path drops them: the JDK's StAX writer emits them
 * and produces a document no parser accepts, and JDOM (under ROME) throws on them. A headline with
 * a stray control character must not take a whole feed or sitemap down.
 *
 * @since 0.1.0
 */
public final class XmlText {
  private XmlText() {}

  /**
   * Drops forbidden characters.
   *
   * @param text the text; may be {@code null}
   * @return the text without them ({@code null} stays {@code null})
   */
  public static @Nullable String clean(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok;
      if (Character.isHighSurrogate(c)) {
        ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        if (ok) {
          if (out != null) {
            out.append(c).append(text.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else {
        ok =
            c == 0x9
                || c == 0xA
                || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD);
      }
      if (!ok && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      } else if (ok && out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }
}
