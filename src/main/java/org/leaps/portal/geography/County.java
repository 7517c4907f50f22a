package org.leaps.portal.geography;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A Mississippi county, keyed by its five-digit FIPS code. Reference data, never edited in the UI.
 */
@Entity
@Table(name = "county")
public class County {

  @Id
  @Column(length = 5)
  private String fips;

  @Column(nullable = false, length = 40)
  private String name;

  @Column(nullable = false)
  private double latitude;

  @Column(nullable = false)
  private double longitude;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "region_code")
  private Region region;

  @Column(nullable = false)
  private int population;

  protected County() {}

  public String getFips() {
    return fips;
  }

  public String getName() {
    return name;
  }

  public double getLatitude() {
    return latitude;
  }

  public double getLongitude() {
    return longitude;
  }

  public Region getRegion() {
    return region;
  }

  public int getPopulation() {
    return population;
  }

  /** Great-circle distance between the two counties' center points, in kilometres. */
  public double distanceKmTo(County other) {
    return GreatCircle.distanceKm(latitude, longitude, other.latitude, other.longitude);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof County county && fips.equals(county.fips);
  }

  @Override
  public int hashCode() {
    return fips.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
