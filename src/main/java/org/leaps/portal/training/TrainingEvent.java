package org.leaps.portal.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.leaps.portal.base.domain.AbstractEntity;

/** A course or conference with its dates, place, seats and the credit hours a completion earns. */
@Entity
@Table(name = "training_event")
public class TrainingEvent extends AbstractEntity {

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private EventKind kind;

  @Column(nullable = false, length = 150)
  private String title;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on", nullable = false)
  private LocalDate endsOn;

  @Column(nullable = false, length = 150)
  private String place;

  @Column(nullable = false)
  private int capacity;

  @Column(name = "credit_hours", nullable = false)
  private int creditHours;

  protected TrainingEvent() {}

  TrainingEvent(EventDraft draft) {
    apply(draft);
  }

  void apply(EventDraft draft) {
    this.kind = draft.kind();
    this.title = draft.title().trim();
    this.startsOn = draft.startsOn();
    this.endsOn = draft.endsOn();
    this.place = draft.place().trim();
    this.capacity = draft.capacity();
    this.creditHours = draft.creditHours();
  }

  public EventKind getKind() {
    return kind;
  }

  public String getTitle() {
    return title;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public String getPlace() {
    return place;
  }

  public int getCapacity() {
    return capacity;
  }

  public int getCreditHours() {
    return creditHours;
  }
}
