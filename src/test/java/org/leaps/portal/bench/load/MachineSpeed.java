package org.leaps.portal.bench.load;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * How fast the machine's cores were at one moment: the same fixed piece of work (SHA-256 over 256
 * MB) on every core at once, timed between the load run's steps while the portal is idle. This
 * virtual machine's kernel counts no steal time ({@code /proc/stat}), so a host busy with other
 * guests shows only as slower cores; the figure tells two runs of the same code apart by the
 * machine they ran on. Lower is faster.
 *
 * <p>{@code java -cp target/test-classes org.leaps.portal.bench.load.MachineSpeed}
 */
final class MachineSpeed {

  private static final int BUFFER_BYTES = 1 << 20;
  private static final int ROUNDS = 256;

  private MachineSpeed() {}

  public static void main(String[] args) {
    for (int i = 0; i < 5; i++) {
      System.out.println("machine speed probe: " + probeMillis() + " ms");
    }
  }

  /** The median of three timings of the work on every core at once, after one to warm up. */
  static long probeMillis() {
    int cores = Runtime.getRuntime().availableProcessors();
    try (var threads = Executors.newFixedThreadPool(cores)) {
      onEveryCore(cores, threads);
      long[] timings = new long[3];
      for (int i = 0; i < timings.length; i++) {
        long start = System.nanoTime();
        onEveryCore(cores, threads);
        timings[i] = (System.nanoTime() - start) / 1_000_000;
      }
      Arrays.sort(timings);
      return timings[1];
    }
  }

  private static void onEveryCore(int cores, ExecutorService threads) {
    List<CompletableFuture<byte[]>> work = new ArrayList<>();
    for (int core = 0; core < cores; core++) {
      work.add(CompletableFuture.supplyAsync(MachineSpeed::hash, threads));
    }
    work.forEach(CompletableFuture::join);
  }

  private static byte[] hash() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[BUFFER_BYTES];
      byte[] digest = new byte[0];
      for (int round = 0; round < ROUNDS; round++) {
        // Each round hashes a buffer changed by the digest before it: one chain of work.
        buffer[round] = digest.length == 0 ? 0 : digest[0];
        sha.update(buffer);
        digest = sha.digest();
      }
      return digest;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
