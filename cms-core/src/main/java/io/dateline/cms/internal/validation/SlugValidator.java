package io.dateline.cms.internal.validation;

import io.dateline.cms.slug.SlugGenerator;
import io.dateline.cms.validation.Slug;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link Slug} with the same rule the slug generator guarantees for its output.
 *
 * @since 0.1.0
 */
public final class SlugValidator implements ConstraintValidator<Slug, String> {
  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || SlugGenerator.isValidSlug(value);
  }
}
