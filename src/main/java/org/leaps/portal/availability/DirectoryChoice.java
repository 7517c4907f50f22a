package org.leaps.portal.availability;

/**
 * What a counselor lets the "Find a peer" directory show: which phone, and whether officers may
 * call it, text it, or both. Nothing is shown until the counselor chooses.
 */
public record DirectoryChoice(DirectoryPhone phone, boolean call, boolean text) {

  public static final DirectoryChoice NONE = new DirectoryChoice(DirectoryPhone.NONE, false, false);

  public DirectoryChoice {
    if (phone == null) {
      phone = DirectoryPhone.NONE;
    }
    if (phone == DirectoryPhone.NONE) {
      call = false;
      text = false;
    }
  }

  /** The chosen number among the roster's, or {@code null} when none is chosen or it is blank. */
  public String number(String mobilePhone, String workPhone) {
    String number =
        switch (phone) {
          case MOBILE -> mobilePhone;
          case WORK -> workPhone;
          case NONE -> null;
        };
    return number == null || number.isBlank() ? null : number.trim();
  }
}
