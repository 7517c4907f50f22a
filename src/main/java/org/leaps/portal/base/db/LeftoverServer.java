package org.leaps.portal.base.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@code mariadbd} left running on our data directory by a portal that died without stopping it
 * (kill -9, power cut, out-of-memory kill, CI timeout). It holds the data files' locks, so a new
 * server cannot start until it is gone. Found by the pid file it wrote into the data directory and
 * stopped only if that process really is a {@code mariadbd} serving this very directory; any other
 * process that happens to have the pid now is left alone.
 */
final class LeftoverServer {

  private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);

  /** How long a leftover server gets to shut down cleanly (it flushes InnoDB) before SIGKILL. */
  private static final Duration GRACE = Duration.ofSeconds(60);

  private LeftoverServer() {}

  /** Stops every leftover server on {@code dataDir}; returns the pids that were stopped. */
  static List<Long> stopAll(Path dataDir) {
    List<Long> stopped = new ArrayList<>();
    for (Path pidFile : pidFiles(dataDir)) {
      readPid(pidFile)
          .filter(pid -> servesDataDir(pid, dataDir))
          .ifPresent(pid -> {
            log.warn(
                "A MariaDB server (pid {}) left behind by an earlier run still holds {}; stopping"
                    + " it before starting",
                pid,
                dataDir);
            stop(pid);
            stopped.add(pid);
          });
    }
    return stopped;
  }

  private static List<Path> pidFiles(Path dataDir) {
    if (!Files.isDirectory(dataDir)) {
      return List.of();
    }
    try (var files = Files.list(dataDir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".pid")).toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static Optional<Long> readPid(Path pidFile) {
    try {
      return Optional.of(
          Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).strip()));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * True if the process is alive, its program is {@code mariadbd} (or the older name {@code
   * mysqld}) and its command line names this data directory.
   */
  static boolean servesDataDir(long pid, Path dataDir) {
    if (pid == ProcessHandle.current().pid()) {
      return false;
    }
    List<String> command = commandLine(pid);
    if (command.isEmpty()) {
      return false;
    }
    String program = Path.of(command.getFirst()).getFileName().toString();
    if (!program.equals("mariadbd") && !program.equals("mysqld")) {
      return false;
    }
    Path wanted = dataDir.toAbsolutePath().normalize();
    return command.stream()
        .filter(arg -> arg.startsWith("--datadir="))
        .map(arg -> Path.of(arg.substring("--datadir=".length())).toAbsolutePath().normalize())
        .anyMatch(wanted::equals);
  }

  /** The process's command line from /proc (Linux), empty if it is gone or unreadable. */
  private static List<String> commandLine(long pid) {
    Path cmdline = Path.of("/proc", Long.toString(pid), "cmdline");
    try {
      byte[] raw = Files.readAllBytes(cmdline);
      List<String> parts = new ArrayList<>();
      int start = 0;
      for (int i = 0; i < raw.length; i++) {
        if (raw[i] == 0) {
          parts.add(new String(raw, start, i - start, StandardCharsets.UTF_8));
          start = i + 1;
        }
      }
      if (start < raw.length) {
        parts.add(new String(raw, start, raw.length - start, StandardCharsets.UTF_8));
      }
      return parts;
    } catch (IOException e) {
      return ProcessHandle.of(pid).flatMap(p -> p.info().command()).map(List::of).orElse(List.of());
    }
  }

  private static void stop(long pid) {
    ProcessHandle.of(pid)
        .ifPresent(process -> {
          process.destroy();
          if (!waitForExit(process, GRACE)) {
            log.warn("MariaDB server pid {} did not stop within {}; killing it", pid, GRACE);
            process.destroyForcibly();
            waitForExit(process, Duration.ofSeconds(10));
          }
          log.info("Leftover MariaDB server pid {} stopped", pid);
        });
  }

  private static boolean waitForExit(ProcessHandle process, Duration timeout) {
    try {
      process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (java.util.concurrent.TimeoutException e) {
      return false;
    } catch (java.util.concurrent.ExecutionException e) {
      return !process.isAlive();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !process.isAlive();
    }
  }
}
