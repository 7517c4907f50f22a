package org.leaps.portal.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A statewide alert's deliveries go to MariaDB in bulk packets that stay under the driver's 128 KB
 * buffer (decision 134), with every recipient once and in order.
 */
class DeliveryPacketsTest {

  @Test
  void aStatewideAlertGoesInAFewPacketsUnderTheBuffer() {
    List<Recipient> people =
        IntStream.range(0, 9_392)
            .mapToObj(i ->
                new Recipient(
                    "counselor" + i + "@agency" + (i % 140) + ".ms.example",
                    "Firstname Lastname " + i,
                    i % 3 == 0 ? null : (long) i,
                    (long) i,
                    (long) (i % 140),
                    "R" + (i % 9)))
            .toList();

    List<List<Recipient>> packets = AlertDeliveryStore.packets(people);

    assertThat(packets).hasSizeBetween(5, 12);
    assertThat(packets).allSatisfy(p -> assertThat(encoded(p)).isLessThan(128 * 1024));
    assertThat(packets.stream().flatMap(List::stream).toList()).isEqualTo(people);
  }

  @Test
  void longNonAsciiNamesMakeSmallerPackets() {
    String name = "Ñ".repeat(120);
    List<Recipient> people =
        IntStream.range(0, 2_000)
            .mapToObj(i -> new Recipient("p" + i + "@x.example", name, null, (long) i, 1L, "R1"))
            .toList();

    List<List<Recipient>> packets = AlertDeliveryStore.packets(people);

    assertThat(packets).allSatisfy(p -> assertThat(encoded(p)).isLessThan(128 * 1024));
    assertThat(packets.stream().mapToInt(List::size).sum()).isEqualTo(2_000);
  }

  @Test
  void oneRecipientIsOnePacketAndNoneIsNone() {
    var one = List.of(new Recipient("a@x.example", "A", null, null, null, null));
    assertThat(AlertDeliveryStore.packets(one)).containsExactly(one);
    assertThat(AlertDeliveryStore.packets(new ArrayList<>())).isEmpty();
  }

  /** Bytes of the rows as the driver's binary bulk protocol writes them, at most. */
  private static int encoded(List<Recipient> packet) {
    int bytes = 0;
    for (Recipient r : packet) {
      bytes += 4 * 9 + 3 * 3; // four longs with indicators; three strings' indicator and length
      bytes += r.email().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
      bytes += r.displayName().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
      bytes +=
          r.regionCode() == null
              ? 0
              : r.regionCode().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
    return bytes;
  }
}
