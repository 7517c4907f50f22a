package org.leaps.portal.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The logs the load server writes, read by the driver while and after the portal runs. */
final class ServerLogs {

  private ServerLogs() {}

  /**
   * The log's lines, or none while it does not exist yet or cannot be read: a missing figure in the
   * summary says more than a run that fails at its end.
   */
  static List<String> lines(Path log) {
    try {
      return Files.exists(log) ? Files.readAllLines(log) : List.of();
    } catch (IOException e) {
      return List.of();
    }
  }
}
