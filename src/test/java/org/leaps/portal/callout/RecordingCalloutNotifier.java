package org.leaps.portal.callout;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/**
 * A second {@link CalloutNotifier} next to email, as an SMS or voice gateway would be (one more
 * bean, nothing else to wire): it keeps what it was told, for tests to read.
 */
@Component
public class RecordingCalloutNotifier implements CalloutNotifier {

  /** One notice as a gateway received it: {@code kind} is offered, filled, closed or escalated. */
  public record Told(String kind, long calloutId, long counselorId, Notice notice, int tier) {}

  private final List<Told> told = new CopyOnWriteArrayList<>();

  @Override
  public void offered(Notice notice) {
    told.add(new Told("offered", notice.calloutId(), notice.counselorId(), notice, 0));
  }

  @Override
  public void standDown(Notice notice, boolean filled) {
    told.add(
        new Told(
            filled ? "filled" : "closed", notice.calloutId(), notice.counselorId(), notice, 0));
  }

  @Override
  public void escalated(Escalation escalation) {
    told.add(new Told("escalated", escalation.calloutId(), 0, null, escalation.tier()));
  }

  public List<Told> about(long calloutId) {
    return told.stream().filter(t -> t.calloutId() == calloutId).toList();
  }
}
