package io.dateline.cms.internal.validation;

import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.validation.LocalizedLength;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link LocalizedLength}.
 *
 * @since 0.1.0
 */
public final class LocalizedLengthValidator
    implements ConstraintValidator<LocalizedLength, LocalizedText> {
  private int min;
  private int max;

  @Override
  public void initialize(LocalizedLength annotation) {
    this.min = annotation.min();
    this.max = annotation.max();
  }

  @Override
  public boolean isValid(LocalizedText value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    return value.values().size() >= min
        && value.values().entrySet().stream()
            .allMatch(
                e ->
                    e.getKey() != null
                        && e.getValue() != null
                        && !e.getValue().isBlank()
                        && e.getValue().length() <= max);
  }
}
