package io.dateline.cms.internal.validation;

import io.dateline.cms.model.Image;
import io.dateline.cms.validation.ImageSource;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link ImageSource}: exactly one of an image's URL and asset is set. */
public final class ImageSourceValidator implements ConstraintValidator<ImageSource, Image> {
  @Override
  public boolean isValid(@Nullable Image value, ConstraintValidatorContext context) {
    return value == null || (value.url() == null) != (value.asset() == null);
  }
}
