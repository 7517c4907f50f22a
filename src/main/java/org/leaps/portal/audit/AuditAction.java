package org.leaps.portal.audit;

/** What was done. A fixed list, so the trail can be filtered and never holds free text. */
public enum AuditAction {
  CREATE("Created"),
  UPDATE("Updated"),
  DEACTIVATE("Deactivated"),
  REACTIVATE("Reactivated"),
  IMPORT("Imported"),
  EXPORT("Exported"),
  ASSIGN_LIAISON("Liaison assigned"),
  REMOVE_LIAISON("Liaison removed"),
  VIEW("Viewed"),
  SEND("Sent"),
  CLOSE("Closed"),
  SIGN_IN_REFUSED("Sign-in link refused");

  private final String label;

  AuditAction(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
