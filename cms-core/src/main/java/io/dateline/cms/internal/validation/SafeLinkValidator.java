package io.dateline.cms.internal.validation;

import io.dateline.cms.validation.SafeLink;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Checks {@link SafeLink} with an allow-list of schemes. An allow-list, not a deny-list: browsers
 * accept {@code java\tscript:} and other obfuscations that a deny-list misses. The renderer escapes
 * and sanitizes again on output; this check keeps bad links out of storage in the first place.
 *
 * @since 0.1.0
 */
public final class SafeLinkValidator implements ConstraintValidator<SafeLink, String> {
  private static final Set<String> SCHEMES = Set.of("http", "https", "mailto", "tel");

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    if (value.isEmpty() || value.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
      return false; // control characters and spaces are how scheme filters get bypassed
    }
    if (value.startsWith("/")) {
      return !value.startsWith("//") && !value.startsWith("/\\");
    }
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme();
      if (scheme == null || !SCHEMES.contains(scheme.toLowerCase(Locale.ROOT))) {
        return false;
      }
      return !scheme.toLowerCase(Locale.ROOT).startsWith("http")
          || (uri.getHost() != null && !uri.getHost().isEmpty());
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
