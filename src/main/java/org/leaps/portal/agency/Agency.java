package org.leaps.portal.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.leaps.portal.base.domain.AbstractEntity;
import org.leaps.portal.geography.County;

/** A participating law-enforcement agency. Deactivated, never deleted. */
@Entity
@Table(name = "agency")
public class Agency extends AbstractEntity {

  /** Stable code, shared with Keycloak as the organization attribute {@code agency_code}. */
  @NotBlank
  @Size(max = 32)
  @Pattern(regexp = "[A-Z0-9-]+", message = "use capital letters, digits and dashes")
  @Column(nullable = false, unique = true, length = 32)
  private String code;

  @NotBlank
  @Size(max = 150)
  @Column(nullable = false, length = 150)
  private String name;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private AgencyType type;

  @NotNull
  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "home_county_fips")
  private County homeCounty;

  @Column(nullable = false)
  private boolean active = true;

  protected Agency() {}

  public Agency(String code, String name, AgencyType type, County homeCounty) {
    this.code = code;
    this.name = name;
    this.type = type;
    this.homeCounty = homeCounty;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public AgencyType getType() {
    return type;
  }

  public void setType(AgencyType type) {
    this.type = type;
  }

  public County getHomeCounty() {
    return homeCounty;
  }

  public void setHomeCounty(County homeCounty) {
    this.homeCounty = homeCounty;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  @Override
  public String toString() {
    return name;
  }
}
