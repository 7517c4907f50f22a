package org.leaps.portal.geography;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An optional ZIP code that, when given, must be one of this state's. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = StateZip.Validator.class)
public @interface StateZip {

  String message() default "enter a Mississippi ZIP code such as 39501";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Blank is fine (the field is optional); anything else has to be a known ZIP of the state. */
  class Validator implements ConstraintValidator<StateZip, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || value.isBlank() || ZipCentroids.isKnown(value);
    }
  }
}
