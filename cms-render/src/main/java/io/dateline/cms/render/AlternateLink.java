package io.dateline.cms.render;

/**
 * A language version of a page, for {@code <link rel="alternate" hreflang>} and a language
 * switcher.
 *
 * <p>Immutable and thread-safe.
 *
 * @param hreflang a BCP 47 language tag such as {@code uk}, or {@code x-default}
 * @param url the version's absolute URL
 * @param label the language's name in that language ("Українська"), for a switcher
 * @param current whether this is the page being rendered
 * @since 0.1.0
 */
public record AlternateLink(String hreflang, String url, String label, boolean current) {

  /**
   * Whether this is the {@code x-default} entry (a second link to one of the versions).
   *
   * @return {@code true} for {@code x-default}
   */
  public boolean isDefault() {
    return "x-default".equals(hreflang);
  }
}
