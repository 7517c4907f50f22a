package org.leaps.portal.peer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leaps.portal.availability.AvailabilityService;
import org.leaps.portal.availability.DriveRadius;
import org.leaps.portal.availability.PeerContact;
import org.leaps.portal.counselor.Specialty;
import org.leaps.portal.geography.County;
import org.leaps.portal.geography.GeoPoint;
import org.leaps.portal.geography.GeographyService;
import org.leaps.portal.geography.Region;
import org.leaps.portal.testsupport.PortalTest;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo officer (Gulfport PD) narrows the list: other agencies only by default, then specialty,
 * region, and distance from a county, nearest first.
 */
@PortalTest
class FindPeerFiltersTest extends SpringBrowserlessTest {

  private static final String GULFPORT_PD = "Gulfport Police Department";

  @Autowired SignIn signIn;
  @Autowired AvailabilityService availability;
  @Autowired GeographyService geography;

  private FindPeerView view;

  @BeforeEach
  void openAsOfficer() {
    signIn.as(SignIn.OFFICER);
    view = navigate(FindPeerView.class);
  }

  @AfterEach
  void out() {
    signIn.out();
  }

  private PeerCards cards() {
    return PeerCards.of(view);
  }

  /** What availability says about everyone open to peers now (the page's source). */
  private Map<Long, PeerContact> everyoneOpen() {
    return availability.peersNow().stream()
        .collect(Collectors.toMap(PeerContact::counselorId, Function.identity()));
  }

  /** From the counselor's home or duty ZIP, else their home county's centre. */
  private double distanceKm(PeerContact peer, GeoPoint from) {
    return geography
        .position(peer.homeZip(), peer.countyFips())
        .orElseThrow()
        .point()
        .distanceKmTo(from);
  }

  @Test
  void nearAZipCodeMeasuresFromItsCentroidAndRefusesOtherText() {
    TextField zip = $(TextField.class).id("near-zip");
    test(zip).setValue("12345");
    assertThat(zip.isInvalid()).isTrue();
    assertThat(zip.getErrorMessage())
        .isEqualTo("ZIP code: enter a Mississippi ZIP code such as 39501");
    assertThat(cards().cards()).allMatch(c -> c.distanceKm() == null);

    test(zip).setValue("39501");
    assertThat(zip.isInvalid()).isFalse();
    assertThat(cards().cards()).isNotEmpty();
    assertThat(cards().cards())
        .isSortedAccordingTo(Comparator.comparing(PeerCards.Card::distanceKm));
    GeoPoint gulfport = geography.zipCentroid("39501").orElseThrow().point();
    Map<Long, PeerContact> open = everyoneOpen();
    PeerCards.Card nearest = cards().cards().getFirst();
    assertThat(nearest.distanceKm())
        .isCloseTo(distanceKm(open.get(nearest.counselorId()), gulfport), within(0.5));

    @SuppressWarnings("unchecked")
    ComboBox<County> near = $(ComboBox.class).id("near-county");
    test(near).selectItem("Hinds");
    assertThat(zip.isEmpty()).as("the county replaces the ZIP").isTrue();
  }

  @Test
  void notFromMyAgencyIsOnByDefaultAndCanBeTurnedOff() {
    Checkbox notMine = $(Checkbox.class).id("not-my-agency");
    assertThat(notMine.getValue()).isTrue();
    assertThat(cards().cards()).isNotEmpty();
    assertThat(cards().cards()).noneMatch(c -> c.agency().equals(GULFPORT_PD));

    test(notMine).click();
    assertThat(notMine.getValue()).isFalse();
    long gulfportOpen =
        everyoneOpen().values().stream().filter(p -> p.agencyName().equals(GULFPORT_PD)).count();
    assertThat(gulfportOpen).as("demo data has Gulfport PD counselors open now").isPositive();
    assertThat($(Paragraph.class).id("peer-count").getText()).contains("you can reach now");
    assertThat(cards().cards()).anyMatch(c -> c.agency().equals(GULFPORT_PD));
  }

  @Test
  void specialtyKeepsOnlyCounselorsWithIt() {
    int before = cards().cards().size();
    @SuppressWarnings("unchecked")
    Select<Specialty> specialty = $(Select.class).id("specialty");
    test(specialty).selectItem(Specialty.OFFICER_INVOLVED_SHOOTING.label());
    assertThat(cards().cards()).isNotEmpty();
    assertThat(cards().cards())
        .allMatch(c -> c.specialties().contains("Officer-involved shooting"));
    assertThat(cards().cards().size()).isLessThanOrEqualTo(before);
  }

  @Test
  void regionKeepsOnlyCounselorsWhoseHomeCountyIsInIt() {
    Region region = geography.regions().getFirst();
    @SuppressWarnings("unchecked")
    Select<Region> select = $(Select.class).id("region");
    test(select).selectItem(region.getName());
    Map<Long, PeerContact> open = everyoneOpen();
    assertThat(cards().ids()).isNotEmpty();
    assertThat(cards().ids()).allMatch(id -> region.getCode().equals(open.get(id).regionCode()));
  }

  @Test
  void nearACountyListsNearestFirstWithinTheChosenDrive() {
    County hinds = geography.countyByName("Hinds").orElseThrow();
    @SuppressWarnings("unchecked")
    ComboBox<County> near = $(ComboBox.class).id("near-county");
    test(near).selectItem("Hinds");
    assertThat(cards().cards()).isNotEmpty();
    assertThat(cards().cards()).allMatch(c -> c.distanceKm() != null);
    assertThat(cards().cards())
        .isSortedAccordingTo(Comparator.comparing(PeerCards.Card::distanceKm));
    int anyDistance = cards().cards().size();

    @SuppressWarnings("unchecked")
    Select<Integer> within = $(Select.class).id("within");
    assertThat(within.isEnabled()).isTrue();
    test(within).selectItem("About 30-minute drive or less");
    double limitKm = DriveRadius.greatCircleKm(30);
    assertThat(cards().cards()).allMatch(c -> c.distanceKm() <= Math.round(limitKm) + 0.5);
    assertThat(cards().cards().size()).isLessThanOrEqualTo(anyDistance);
    Map<Long, PeerContact> open = everyoneOpen();
    GeoPoint centre = GeographyService.centreOf(hinds).point();
    assertThat(cards().ids()).allMatch(id -> distanceKm(open.get(id), centre) <= limitKm);

    near.clear();
    assertThat(within.isEnabled()).isFalse();
    assertThat(cards().cards()).allMatch(c -> c.distanceKm() == null);
  }
}
