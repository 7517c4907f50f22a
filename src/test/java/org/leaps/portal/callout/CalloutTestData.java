package org.leaps.portal.callout;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.leaps.portal.availability.AvailabilityService;
import org.leaps.portal.availability.AvailabilityStatus;
import org.leaps.portal.counselor.Counselor;
import org.leaps.portal.counselor.CounselorService;
import org.leaps.portal.counselor.RosterFixtures;
import org.leaps.portal.geography.ZipCentroids;
import org.leaps.portal.security.PortalUser;
import org.leaps.portal.security.Role;
import org.leaps.portal.security.SecurityContexts;
import org.leaps.portal.security.SystemAccess;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Callout test set-up on the real database: a ZIP where no other counselor lives, counselors of one
 * agency placed exactly there (so they are the nearest, distance 0), and sign-in as any of them.
 */
@Component
public class CalloutTestData {

  private final RosterFixtures roster;
  private final CounselorService counselors;
  private final AvailabilityService availability;
  private final CalloutService callouts;
  private final JdbcTemplate jdbc;
  private final SignIn signIn;
  private final org.leaps.portal.geography.GeographyService geography;

  CalloutTestData(
      org.leaps.portal.geography.GeographyService geography,
      RosterFixtures roster,
      CounselorService counselors,
      AvailabilityService availability,
      CalloutService callouts,
      JdbcTemplate jdbc,
      SignIn signIn) {
    this.roster = roster;
    this.counselors = counselors;
    this.availability = availability;
    this.callouts = callouts;
    this.jdbc = jdbc;
    this.signIn = signIn;
    this.geography = geography;
  }

  /** A state ZIP that no counselor has as home ZIP yet (and no open callout uses). */
  public String unusedZip() {
    Set<String> used =
        Set.copyOf(
            jdbc.queryForList(
                "select home_zip from counselor where home_zip is not null union"
                    + " select incident_zip from callout where incident_zip is not null",
                String.class));
    for (var county : geography.counties()) {
      for (String zip : ZipCentroids.inCounty(county.getFips())) {
        if (!used.contains(zip)) {
          return zip;
        }
      }
    }
    throw new IllegalStateException("no unused ZIP left");
  }

  /** {@code n} privilege-eligible counselors of the agency at the ZIP, available, pick me. */
  public List<Counselor> availableAt(String agencyCode, String zip, int n) {
    List<Counselor> made = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Counselor draft = roster.draft(agencyCode, RosterFixtures.unique("Callout"));
      draft.setHomeZip(zip);
      Counselor saved = SystemAccess.call(() -> counselors.create(draft));
      as(saved);
      availability.setMyStatus(
          AvailabilityStatus.AVAILABLE, Instant.now().plus(Duration.ofHours(8)));
      availability.setPickMe(true);
      made.add(saved);
    }
    signIn.out();
    return made;
  }

  /** Signs this thread in as the counselor. */
  public PortalUser as(Counselor counselor) {
    var user =
        new PortalUser(
            null,
            counselor.getFullName(),
            counselor.getEmail(),
            EnumSet.of(Role.COUNSELOR),
            Set.of(counselor.getAgency().getId()),
            List.of(counselor.getAgency().getName()),
            counselor.getId());
    SecurityContexts.signInAs(user);
    return user;
  }

  /** Opens a callout as the director for the agency at the ZIP. */
  public CalloutSummary open(String agencyCode, String zip, int needed) {
    signIn.as(SignIn.DIRECTOR);
    return callouts.open(
        new CalloutRequest(
            roster.agency(agencyCode).getId(),
            zip,
            null,
            "Staging area behind the fire station",
            CalloutCategory.OFFICER_INVOLVED_SHOOTING,
            needed,
            Instant.now().minus(Duration.ofMinutes(10)),
            false));
  }

  /** The offer id made to this counselor on the callout (read as the director). */
  public long offerOf(long calloutId, Counselor counselor) {
    signIn.as(SignIn.DIRECTOR);
    return callouts.offersOf(calloutId).stream()
        .filter(o -> o.counselorId() == counselor.getId())
        .findFirst()
        .orElseThrow(() -> new AssertionError(counselor.getFullName() + " was not asked"))
        .offerId();
  }

  public RosterFixtures roster() {
    return roster;
  }
}
