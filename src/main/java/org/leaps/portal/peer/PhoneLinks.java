package org.leaps.portal.peer;

/**
 * Turns a roster phone number as people write it into the form {@code tel:} and {@code sms:} want.
 */
final class PhoneLinks {

  private PhoneLinks() {}

  /**
   * {@code +1} and ten digits for a US number written with or without the country code; other
   * numbers as their digits with a leading {@code +} if they had one; {@code null} when there are
   * too few digits to dial.
   */
  static String dialable(String written) {
    if (written == null) {
      return null;
    }
    String digits = written.replaceAll("[^0-9]", "");
    if (digits.length() < 7) {
      return null;
    }
    if (digits.length() == 10) {
      return "+1" + digits;
    }
    if (digits.length() == 11 && digits.startsWith("1")) {
      return "+" + digits;
    }
    return written.trim().startsWith("+") ? "+" + digits : digits;
  }
}
