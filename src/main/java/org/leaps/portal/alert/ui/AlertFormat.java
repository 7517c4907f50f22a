package org.leaps.portal.alert.ui;

import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.leaps.portal.alert.Severity;
import org.leaps.portal.base.TimeConfiguration;

/** Shared formatting for the alert views: program time zone, severity badges. */
final class AlertFormat {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("MMM d, h:mm a", Locale.US)
          .withZone(TimeConfiguration.PROGRAM_ZONE);

  private AlertFormat() {}

  static String when(Instant instant) {
    return instant == null ? "" : WHEN.format(instant);
  }

  static Span severityBadge(Severity severity) {
    var badge = new Span(severity.label());
    badge.addClassNames("alert-severity", "severity-" + severity.name().toLowerCase(Locale.ROOT));
    return badge;
  }
}
