package org.leaps.portal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One field's value before and after a change, as shown to people (labels, not codes). */
@Embeddable
public class FieldChange {

  static final int MAX_VALUE = 1000;

  @Column(name = "field_name", nullable = false, length = 60)
  private String field;

  @Column(name = "old_value", length = MAX_VALUE)
  private String oldValue;

  @Column(name = "new_value", length = MAX_VALUE)
  private String newValue;

  protected FieldChange() {}

  public FieldChange(String field, String oldValue, String newValue) {
    this.field = field;
    this.oldValue = clip(oldValue);
    this.newValue = clip(newValue);
  }

  /** The fields whose values differ between two snapshots of the same record, in order. */
  public static List<FieldChange> between(Map<String, String> before, Map<String, String> after) {
    List<FieldChange> changes = new ArrayList<>();
    for (var entry : after.entrySet()) {
      String old = before.get(entry.getKey());
      if (!Objects.equals(blankToNull(old), blankToNull(entry.getValue()))) {
        changes.add(new FieldChange(entry.getKey(), old, entry.getValue()));
      }
    }
    return changes;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private static String clip(String value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    return value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE - 1) + "…" : value;
  }

  public String field() {
    return field;
  }

  public String oldValue() {
    return oldValue;
  }

  public String newValue() {
    return newValue;
  }

  /** "Field: old → new", with an em dash standing for an empty value. */
  public String describe() {
    return field
        + ": "
        + (oldValue == null ? "—" : oldValue)
        + " → "
        + (newValue == null ? "—" : newValue);
  }

  @Override
  public String toString() {
    return describe();
  }
}
