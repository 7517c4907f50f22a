package org.leaps.portal.peer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.leaps.portal.availability.AvailabilityService;
import org.leaps.portal.availability.AvailabilityStatus;
import org.leaps.portal.availability.DriveRadius;
import org.leaps.portal.availability.PeerContact;
import org.leaps.portal.base.TimeConfiguration;
import org.leaps.portal.counselor.Specialty;
import org.leaps.portal.geography.GeoPoint;
import org.leaps.portal.geography.GeographyService;
import org.leaps.portal.geography.Position;
import org.leaps.portal.geography.ZipCentroid;
import org.leaps.portal.security.CurrentUser;
import org.leaps.portal.security.PortalUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds counselors open to peer contact now for any signed-in officer or program member. Privileged
 * by design: nothing here logs, audits or publishes anything, and the only write is the
 * identity-free daily page-view count.
 */
@Service
@Transactional(readOnly = true)
public class FindPeerService {

  /** Everyone who may open Find a peer: officers and every program role. */
  static final String MAY_FIND =
      "hasAnyRole('DIRECTOR', 'STAFF', 'LIAISON', 'COUNSELOR', 'OFFICER')";

  /** At most this many peers in one answer: a phone screen, not a roster. */
  public static final int MAX_SHOWN = 50;

  private static final Comparator<Peer> AVAILABLE_FIRST =
      Comparator.comparing((Peer p) -> p.status() != AvailabilityStatus.AVAILABLE);

  private final AvailabilityService availability;
  private final GeographyService geography;
  private final CurrentUser currentUser;
  private final PeerPageViewsRepository pageViews;
  private final Clock clock;

  FindPeerService(
      AvailabilityService availability,
      GeographyService geography,
      CurrentUser currentUser,
      PeerPageViewsRepository pageViews,
      Clock clock) {
    this.availability = availability;
    this.geography = geography;
    this.currentUser = currentUser;
    this.pageViews = pageViews;
    this.clock = clock;
  }

  /**
   * Counselors open to peer contact now who match the filter: nearest first when a county is
   * chosen, otherwise available before on call.
   */
  @PreAuthorize(MAY_FIND)
  public PeerList find(PeerFilter filter) {
    PeerFilter f = filter == null ? PeerFilter.DEFAULT : filter;
    GeoPoint near = origin(f);
    Double withinKm =
        near == null || f.withinMinutes() == null
            ? null
            : DriveRadius.greatCircleKm(f.withinMinutes());
    Set<Long> myAgencies = currentUser.get().map(PortalUser::agencyIds).orElse(Set.of());
    List<Peer> matching = new ArrayList<>();
    for (PeerContact contact : availability.peersNow()) {
      if (f.notMyAgency() && myAgencies.contains(contact.agencyId())) {
        continue;
      }
      if (f.regionCode() != null && !f.regionCode().equals(contact.regionCode())) {
        continue;
      }
      if (f.specialty() != null && !contact.specialties().contains(f.specialty())) {
        continue;
      }
      Double distance = null;
      if (near != null) {
        // The counselor's home or duty ZIP when known, else their home county's centre.
        Optional<Position> home = geography.position(contact.homeZip(), contact.countyFips());
        if (home.isEmpty()) {
          continue;
        }
        distance = near.distanceKmTo(home.get().point());
        if (withinKm != null && distance > withinKm) {
          continue;
        }
      }
      matching.add(toPeer(contact, distance));
    }
    long day = LocalDate.now(clock.withZone(TimeConfiguration.PROGRAM_ZONE)).toEpochDay();
    // Without a place: available first, then an order that changes daily, so that the same few
    // names are not always on top and asked every time.
    Comparator<Peer> rotation =
        Comparator.comparingLong(p -> Long.hashCode(p.counselorId() * 0x9E3779B97F4A7C15L ^ day));
    matching.sort(
        near == null
            ? AVAILABLE_FIRST.thenComparing(rotation)
            : Comparator.comparing(Peer::distanceKm).thenComparing(AVAILABLE_FIRST));
    return new PeerList(matching.subList(0, Math.min(MAX_SHOWN, matching.size())), matching.size());
  }

  /** Where distances are measured from: the ZIP centroid, else the county centre, else nowhere. */
  private GeoPoint origin(PeerFilter f) {
    if (f.nearZip() != null && !f.nearZip().isBlank()) {
      return geography
          .zipCentroid(f.nearZip())
          .map(ZipCentroid::point)
          .orElseThrow(() ->
              new IllegalArgumentException("ZIP code: enter a Mississippi ZIP code such as 39501"));
    }
    if (f.nearCountyFips() == null) {
      return null;
    }
    return geography
        .county(f.nearCountyFips())
        .map(c -> GeographyService.centreOf(c).point())
        .orElseThrow(() -> new IllegalArgumentException("County: unknown county"));
  }

  private static Peer toPeer(PeerContact contact, Double distanceKm) {
    List<String> specialties =
        contact.specialties().stream().sorted().map(Specialty::label).toList();
    String dial = PhoneLinks.dialable(contact.phone());
    return new Peer(
        contact.counselorId(),
        contact.firstName(),
        contact.agencyName(),
        contact.status(),
        specialties,
        distanceKm,
        dial == null ? null : contact.phone(),
        dial != null && contact.call() ? "tel:" + dial : null,
        dial != null && contact.text() ? "sms:" + dial : null);
  }

  /**
   * Counts one opening of the page for today (Central time). Takes no identity on purpose: the
   * count cannot tell who looked, only how many times.
   */
  @PreAuthorize(MAY_FIND)
  @Transactional
  public void countPageView() {
    pageViews.countOneView(LocalDate.now(clock.withZone(TimeConfiguration.PROGRAM_ZONE)));
  }

  /** Page views per day of the last {@code days} days, newest first, for the director's reports. */
  @PreAuthorize("hasRole('DIRECTOR')")
  public List<DailyViews> dailyViews(int days) {
    LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.PROGRAM_ZONE));
    return pageViews.findByDateGreaterThanEqualOrderByDateDesc(today.minusDays(days - 1L)).stream()
        .map(PeerPageViews::toRecord)
        .toList();
  }
}
