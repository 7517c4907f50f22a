package org.leaps.portal.geography;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A Mississippi Highway Patrol troop district, the region unit of the statewide program. */
@Entity
@Table(name = "region")
public class Region {

  @Id
  @Column(length = 2)
  private String code;

  @Column(nullable = false, length = 60)
  private String name;

  protected Region() {}

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Region region && code.equals(region.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
