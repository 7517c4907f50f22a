package org.leaps.portal.callout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.counselor.Counselor;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Thirty days after closing, the meeting point and the incident point are purged; category, county,
 * agency, timestamps and who went remain. Before that nothing is touched.
 */
@PortalTest
class CalloutPurgeTest {

  @Autowired CalloutTestData data;
  @Autowired CalloutService callouts;
  @Autowired SignIn signIn;
  @Autowired Clock clock;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void signOut() {
    signIn.out();
  }

  @Test
  void placesArePurgedThirtyDaysAfterClosing() {
    String zip = data.unusedZip();
    Counselor went = data.availableAt("HATTIESBURG-PD", zip, 1).getFirst();
    CalloutSummary callout = data.open("GULFPORT-PD", zip, 1);
    callouts.dispatch(callout.id());
    long offer = data.offerOf(callout.id(), went);
    data.as(went);
    callouts.accept(offer);
    signIn.as(SignIn.DIRECTOR);
    callouts.close(callout.id());

    callouts.purgeExpired(Clock.offset(clock, Duration.ofDays(29)).instant());
    assertThat(row(callout.id()))
        .containsEntry("meeting_point", "Staging area behind the fire station")
        .containsEntry("incident_zip", zip);

    callouts.purgeExpired(Clock.offset(clock, Duration.ofDays(31)).instant());
    Map<String, Object> purged = row(callout.id());
    assertThat(purged.get("meeting_point")).isNull();
    assertThat(purged.get("incident_zip")).isNull();
    assertThat(purged.get("incident_latitude")).isNull();
    assertThat(purged.get("incident_longitude")).isNull();
    assertThat(purged.get("purged_at")).isNotNull();
    assertThat(purged)
        .containsEntry("category", "OFFICER_INVOLVED_SHOOTING")
        .containsEntry("county_fips", callout.countyFips());
    assertThat(((Number) purged.get("requesting_agency_id")).longValue())
        .isEqualTo(callout.requestingAgencyId());
    assertThat(purged.get("requested_at")).isNotNull();
    assertThat(purged.get("first_accepted_at")).isNotNull();
    // Who went, and when, stays.
    assertThat(
            jdbc.queryForMap(
                "select counselor_id, response, responded_at, cleared_at from callout_offer"
                    + " where id = ?",
                offer))
        .containsEntry("counselor_id", went.getId())
        .containsEntry("response", "ACCEPTED")
        .satisfies(row -> assertThat(row.get("responded_at")).isNotNull())
        .satisfies(row -> assertThat(row.get("cleared_at")).isNotNull());
    assertThat(purged.get("closed_at")).isNotNull();
    assertThat(callouts.find(callout.id()).orElseThrow().purged()).isTrue();
  }

  private Map<String, Object> row(long id) {
    return jdbc.queryForMap("select * from callout where id = ?", id);
  }
}
