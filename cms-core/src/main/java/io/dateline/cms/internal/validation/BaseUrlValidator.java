package io.dateline.cms.internal.validation;

import io.dateline.cms.validation.BaseUrl;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;

/**
 * Checks {@link BaseUrl}: no user info, query or fragment.
 *
 * @since 0.1.0
 */
public final class BaseUrlValidator implements ConstraintValidator<BaseUrl, URI> {

  @Override
  public boolean isValid(URI value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    // Raw parts: an empty query ("https://a.example/?") or fragment ("#") is present, not null.
    return value.getRawUserInfo() == null
        && value.getRawQuery() == null
        && value.getRawFragment() == null;
  }
}
