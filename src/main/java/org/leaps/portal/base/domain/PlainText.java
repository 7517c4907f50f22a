package org.leaps.portal.base.domain;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text a person typed or imported holds no control, direction-override or zero-width characters
 * ({@link TextRule}, written out in docs/csv-format.md). Forms and the CSV import both check it
 * through the entity's constraints. {@code multiline} allows tab and line breaks.
 */
@Target({ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = TextRule.Validator.class)
public @interface PlainText {

  String message() default "contains a hidden control character; retype the text";

  boolean multiline() default false;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
