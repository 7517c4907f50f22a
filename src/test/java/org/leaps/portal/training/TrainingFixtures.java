package org.leaps.portal.training;

import java.time.LocalDate;
import org.leaps.portal.agency.Agency;
import org.leaps.portal.agency.AgencyService;
import org.leaps.portal.agency.AgencyType;
import org.leaps.portal.counselor.Counselor;
import org.leaps.portal.counselor.CounselorService;
import org.leaps.portal.counselor.RosterFixtures;
import org.leaps.portal.security.SystemAccess;
import org.springframework.stereotype.Component;

/** Test-made events, agencies and counselors, so training tests never change the demo records. */
@Component
public class TrainingFixtures {

  private final TrainingService training;
  private final AgencyService agencies;
  private final CounselorService counselors;
  private final RosterFixtures roster;

  TrainingFixtures(
      TrainingService training,
      AgencyService agencies,
      CounselorService counselors,
      RosterFixtures roster) {
    this.training = training;
    this.agencies = agencies;
    this.counselors = counselors;
    this.roster = roster;
  }

  public RosterFixtures roster() {
    return roster;
  }

  public LocalDate today() {
    return training.today();
  }

  /**
   * A new event (as the system), running from {@code startsIn} to {@code endsIn} days from today.
   */
  public TrainingEvent event(EventKind kind, int capacity, int startsIn, int endsIn) {
    int hours = kind == EventKind.BASIC_COURSE ? 32 : 8;
    return SystemAccess.call(() ->
        training.create(
            new EventDraft(
                kind,
                RosterFixtures.unique(kind.label() + " "),
                today().plusDays(startsIn),
                today().plusDays(endsIn),
                "Test Hall",
                capacity,
                hours)));
  }

  /**
   * Enrolls a new officer of this agency (a fresh email) in the event, as whoever is signed in (the
   * agency's liaison, usually through {@link #newAgencyWithLiaison}).
   */
  public Enrollment enroll(TrainingEvent event, Agency agency, String firstName, String lastName) {
    String email = RosterFixtures.unique(firstName.toLowerCase() + ".") + "@t.invalid";
    return training.enrollOfficer(event.getId(), firstName, lastName, email, agency.getId());
  }

  /** A new agency of its own, with its test liaison signed in. */
  public Agency newAgencyWithLiaison(String name) {
    Agency agency = agency(name);
    org.leaps.portal.counselor.TestLiaison.signInFor(agency);
    return agency;
  }

  /** A new agency of its own, so a liaison of it sees only test records. */
  public Agency agency(String name) {
    String code = "TR-" + RosterFixtures.unique("").substring(0, 8).toUpperCase();
    return SystemAccess.call(() ->
        agencies.create(
            new Agency(
                code, name + " " + code, AgencyType.POLICE_DEPARTMENT, roster.county("Harrison"))));
  }

  /** A saved, privilege-eligible counselor of this agency with the given recertification date. */
  public Counselor counselor(Agency agency, String lastName, LocalDate recertificationDue) {
    Counselor draft = roster.draft("GULFPORT-PD", lastName);
    draft.setAgency(agency);
    draft.setRecertificationDue(recertificationDue);
    return SystemAccess.call(() -> counselors.create(draft));
  }
}
