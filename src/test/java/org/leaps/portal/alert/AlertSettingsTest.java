package org.leaps.portal.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Alert settings default sensibly; bad ones are refused with the property named. */
class AlertSettingsTest {

  @Test
  void badSettingsAreRefusedNamingTheProperty() {
    var defaults = new AlertSettings(null, null, null, null, null);
    assertThat(defaults.reminderDelay()).isEqualTo(Duration.ofMinutes(30));
    assertThat(defaults.reminderMax()).isEqualTo(3);

    assertThatThrownBy(() -> new AlertSettings(null, null, null, null, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("LEAPS_ALERTS_REMINDER_MAX");
    assertThatThrownBy(() -> new AlertSettings(null, null, null, Duration.ofMinutes(-5), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("LEAPS_ALERTS_REMINDER_DELAY");
  }
}
