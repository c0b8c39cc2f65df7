package io.dateline.cms.internal.validation;

import io.dateline.cms.validation.HttpUrl;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;

/**
 * Checks {@link HttpUrl}.
 *
 * @since 0.1.0
 */
public final class HttpUrlValidator implements ConstraintValidator<HttpUrl, URI> {
  private int max = 2000;

  @Override
  public void initialize(HttpUrl annotation) {
    this.max = annotation.max();
  }

  @Override
  public boolean isValid(URI value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    String scheme = value.getScheme();
    return value.toString().length() <= max
        && value.isAbsolute()
        && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
        && value.getHost() != null
        && !value.getHost().isEmpty();
  }
}
