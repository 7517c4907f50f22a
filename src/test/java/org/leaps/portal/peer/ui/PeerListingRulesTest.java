package org.leaps.portal.peer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import java.time.Clock;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.availability.AvailabilityService;
import org.leaps.portal.availability.AvailabilityStatus;
import org.leaps.portal.availability.DemoCounselor;
import org.leaps.portal.availability.DirectoryChoice;
import org.leaps.portal.availability.DirectoryPhone;
import org.leaps.portal.base.TimeConfiguration;
import org.leaps.portal.counselor.Specialty;
import org.leaps.portal.geography.County;
import org.leaps.portal.security.PortalUser;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who is listed and how: the demo counselor (Hannah, Gulfport PD, mobile (228) 555-0147, work (228)
 * 555-0100) is listed only while available or on call and outside quiet hours, and shows exactly
 * the phone and links she chose. The officer is from her agency, so each check turns "not from my
 * agency" off first.
 */
@PortalTest
class PeerListingRulesTest extends SpringBrowserlessTest {

  @Autowired SignIn signIn;
  @Autowired AvailabilityService availability;
  @Autowired Clock clock;

  private long hannah;

  @BeforeEach
  void hannahAvailableWithoutQuietHours() {
    PortalUser counselor =
        DemoCounselor.withStatus(availability, signIn, AvailabilityStatus.AVAILABLE);
    hannah = counselor.counselorId();
    availability.setQuietHours(null, null);
    availability.setMyDirectoryChoice(new DirectoryChoice(DirectoryPhone.MOBILE, true, true));
  }

  @AfterEach
  void restoreHannahsDemoSettings() {
    DemoCounselor.notDeployed(availability, signIn);
    availability.followMySchedule();
    availability.setQuietHours(LocalTime.of(23, 0), LocalTime.of(5, 0));
    availability.setMyDirectoryChoice(new DirectoryChoice(DirectoryPhone.MOBILE, true, true));
    signIn.out();
  }

  /**
   * Opens the page as the officer with their own agency included, near Hannah's home county and
   * with one of her specialties (so that she is among the first 50), and reads the cards.
   */
  @SuppressWarnings("unchecked")
  private PeerCards asOfficerIncludingMyAgency() {
    signIn.as(SignIn.OFFICER);
    FindPeerView view = navigate(FindPeerView.class);
    test((ComboBox<County>) $(ComboBox.class).id("near-county")).selectItem("Harrison");
    test((Select<Specialty>) $(Select.class).id("specialty"))
        .selectItem(Specialty.SCHOOL_INCIDENT.label());
    assertThat(PeerCards.of(view).find(hannah)).as("hidden by not-from-my-agency").isEmpty();
    test($(Checkbox.class).id("not-my-agency")).click();
    return PeerCards.of(view);
  }

  private void asHannah(Runnable change) {
    signIn.as(SignIn.COUNSELOR);
    change.run();
  }

  @Test
  void listedWhileAvailableWithFirstNameAgencyAndSpecialties() {
    var card = asOfficerIncludingMyAgency().find(hannah).orElseThrow();
    assertThat(card.firstName()).isEqualTo("Hannah");
    assertThat(card.agency()).isEqualTo("Gulfport Police Department");
    assertThat(card.status()).isEqualTo("Available");
    assertThat(card.specialties()).containsExactly("Officer-involved shooting", "School incident");
  }

  @Test
  void hiddenWhenUnavailable() {
    asHannah(() -> availability.setMyStatus(AvailabilityStatus.UNAVAILABLE, null));
    assertThat(asOfficerIncludingMyAgency().find(hannah)).isEmpty();
  }

  @Test
  void onCallIsListedButNotInsideQuietHours() {
    asHannah(() -> availability.setMyStatus(AvailabilityStatus.ON_CALL, null));
    assertThat(asOfficerIncludingMyAgency().find(hannah).orElseThrow().status())
        .isEqualTo("On call");

    LocalTime now =
        LocalTime.now(clock.withZone(TimeConfiguration.PROGRAM_ZONE))
            .truncatedTo(ChronoUnit.MINUTES);
    asHannah(() -> availability.setQuietHours(now.minusHours(1), now.plusHours(1)));
    assertThat(asOfficerIncludingMyAgency().find(hannah)).as("in quiet hours").isEmpty();

    asHannah(() -> availability.setQuietHours(now.plusHours(2), now.plusHours(3)));
    assertThat(asOfficerIncludingMyAgency().find(hannah)).as("quiet hours later").isPresent();
  }

  @Test
  void mobileWithCallAndText() {
    var card = asOfficerIncludingMyAgency().find(hannah).orElseThrow();
    assertThat(card.callHref()).isEqualTo("tel:+12285550147");
    assertThat(card.textHref()).isEqualTo("sms:+12285550147");
  }

  @Test
  void workPhoneForCallsOnly() {
    asHannah(() ->
        availability.setMyDirectoryChoice(new DirectoryChoice(DirectoryPhone.WORK, true, false)));
    var card = asOfficerIncludingMyAgency().find(hannah).orElseThrow();
    assertThat(card.callHref()).isEqualTo("tel:+12285550100");
    assertThat(card.textHref()).isNull();
  }

  @Test
  void mobileForTextsOnly() {
    asHannah(() ->
        availability.setMyDirectoryChoice(new DirectoryChoice(DirectoryPhone.MOBILE, false, true)));
    var card = asOfficerIncludingMyAgency().find(hannah).orElseThrow();
    assertThat(card.callHref()).isNull();
    assertThat(card.textHref()).isEqualTo("sms:+12285550147");
  }

  @Test
  void noPhoneMeansNoLinksButStillListed() {
    asHannah(() -> availability.setMyDirectoryChoice(DirectoryChoice.NONE));
    var card = asOfficerIncludingMyAgency().find(hannah).orElseThrow();
    assertThat(card.callHref()).isNull();
    assertThat(card.textHref()).isNull();
    assertThat(card.saysNoPhone()).isTrue();
  }
}
