package org.leaps.portal.availability.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 82 county outlines as SVG paths, from {@code geo/ms-counties.json} (generated once from the
 * public-domain Census shapes in us-atlas by frontend/map/build-county-data.mjs).
 */
record CountyShapes(String source, String viewBox, List<Shape> counties) {

  record Shape(String fips, String name, String path, double labelX, double labelY) {}

  private static volatile CountyShapes loaded;

  static CountyShapes get() {
    CountyShapes shapes = loaded;
    if (shapes == null) {
      try (InputStream in = CountyShapes.class.getResourceAsStream("/geo/ms-counties.json")) {
        if (in == null) {
          throw new IllegalStateException("geo/ms-counties.json is missing from the classpath");
        }
        shapes =
            JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build()
                .readValue(in, CountyShapes.class);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      loaded = shapes;
    }
    return shapes;
  }
}
