package org.leaps.portal.geography;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only reference data: 82 counties and 9 regions. Public to every signed-in person because it
 * holds no personal data; it is small and cached for the life of the application.
 */
@Service
@Transactional(readOnly = true)
public class GeographyService {

  private final CountyRepository counties;
  private final RegionRepository regions;
  private volatile List<County> countyCache;

  GeographyService(CountyRepository counties, RegionRepository regions) {
    this.counties = counties;
    this.regions = regions;
  }

  public List<County> counties() {
    List<County> cached = countyCache;
    if (cached == null) {
      cached = List.copyOf(counties.findAllByOrderByNameAsc());
      countyCache = cached;
    }
    return cached;
  }

  public Map<String, County> countiesByFips() {
    return counties().stream().collect(Collectors.toMap(County::getFips, Function.identity()));
  }

  public Optional<County> county(String fips) {
    return counties().stream().filter(c -> c.getFips().equals(fips)).findFirst();
  }

  public Optional<County> countyByName(String name) {
    return counties().stream().filter(c -> c.getName().equalsIgnoreCase(name.trim())).findFirst();
  }

  public List<Region> regions() {
    return regions.findAllByOrderByCodeAsc();
  }

  /** The centroid (and county) of one of this state's ZIP codes; empty for any other text. */
  public Optional<ZipCentroid> zipCentroid(String zip) {
    return ZipCentroids.find(zip);
  }

  /**
   * Where to measure from: the ZIP centroid when the ZIP is one of this state's, otherwise the
   * centre of the county (marked approximate). Empty only when neither is known.
   */
  public Optional<Position> position(String zip, String countyFips) {
    var centroid = ZipCentroids.find(zip);
    if (centroid.isPresent()) {
      var found = centroid.get();
      return Optional.of(new Position(found.point(), found.countyFips(), found.zip(), false));
    }
    return countyFips == null
        ? Optional.empty()
        : county(countyFips).map(GeographyService::centreOf);
  }

  /** The county centre as a position (always approximate). */
  public static Position centreOf(County county) {
    return new Position(
        new GeoPoint(county.getLatitude(), county.getLongitude()), county.getFips(), null, true);
  }
}
