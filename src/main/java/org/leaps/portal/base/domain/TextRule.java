package org.leaps.portal.base.domain;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;

/**
 * The one rule for characters in text people enter (forms and CSV files alike): refused, never
 * silently stripped, so what is stored is what the person saw.
 *
 * <ul>
 *   <li>control characters U+0000 to U+001F, U+007F to U+009F; tab, line feed and carriage return
 *       are allowed only in multi-line fields (notes);
 *   <li>direction marks and overrides, which make text display differently from what it holds:
 *       U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069;
 *   <li>zero-width and invisible characters: U+200B to U+200D, U+2060, U+FEFF.
 * </ul>
 */
public final class TextRule {

  private TextRule() {}

  /** The first character the rule refuses, or -1 when the text is fine. */
  public static int firstRefused(String text, boolean multiline) {
    if (text == null) {
      return -1;
    }
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (refused(ch, multiline)) {
        return ch;
      }
    }
    return -1;
  }

  static boolean refused(char ch, boolean multiline) {
    if (ch < 0x20) {
      return !(multiline && (ch == '\t' || ch == '\n' || ch == '\r'));
    }
    return (ch >= 0x7f && ch <= 0x9f)
        || ch == 0x061c
        || ch == 0x200e
        || ch == 0x200f
        || (ch >= 0x202a && ch <= 0x202e)
        || (ch >= 0x2066 && ch <= 0x2069)
        || (ch >= 0x200b && ch <= 0x200d)
        || ch == 0x2060
        || ch == 0xfeff;
  }

  /** What the person reads for a refused character, naming it by its code. */
  public static String message(int refused) {
    String code = String.format(Locale.ROOT, "U+%04X", refused);
    String kind =
        refused < 0x20 || (refused >= 0x7f && refused <= 0x9f)
            ? "a control character"
            : (refused >= 0x200b && refused <= 0x200d) || refused == 0x2060 || refused == 0xfeff
                ? "an invisible zero-width character"
                : "a text-direction override";
    return "contains " + kind + " (" + code + "); retype the text without it";
  }

  /** The Bean Validation side of {@link PlainText}. */
  public static final class Validator implements ConstraintValidator<PlainText, String> {

    private boolean multiline;

    @Override
    public void initialize(PlainText annotation) {
      multiline = annotation.multiline();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      int refused = firstRefused(value, multiline);
      if (refused < 0) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(message(refused)).addConstraintViolation();
      return false;
    }
  }
}
