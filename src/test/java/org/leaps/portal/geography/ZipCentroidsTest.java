package org.leaps.portal.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The converted ZIP resource: the state's ZIPs only, each placed in a county, usable distances. */
class ZipCentroidsTest {

  @Test
  void aGulfportZipHasItsCentroidInHarrisonCounty() {
    ZipCentroid gulfport = ZipCentroids.find(" 39501 ").orElseThrow();
    assertThat(gulfport.countyFips()).isEqualTo("28047");
    assertThat(gulfport.point().latitude()).isCloseTo(30.387, within(0.01));
    assertThat(gulfport.point().longitude()).isCloseTo(-89.099, within(0.01));
  }

  @Test
  void zipsOfOtherStatesAndNonsenseAreUnknown() {
    assertThat(ZipCentroids.find("90210")).isEmpty();
    assertThat(ZipCentroids.find("38103")).isEmpty();
    assertThat(ZipCentroids.find("3950")).isEmpty();
    assertThat(ZipCentroids.find("<b>1")).isEmpty();
    assertThat(ZipCentroids.find(null)).isEmpty();
    assertThat(ZipCentroids.size()).isBetween(400, 450);
  }

  @Test
  void gulfportToJacksonIsAboutTwoHundredThirtyKilometres() {
    GeoPoint gulfport = ZipCentroids.find("39501").orElseThrow().point();
    GeoPoint jackson = ZipCentroids.find("39201").orElseThrow().point();
    assertThat(gulfport.distanceKmTo(jackson)).isBetween(215.0, 245.0);
    assertThat(ZipCentroids.inCounty("28047")).contains("39501").doesNotContain("39201");
  }
}
