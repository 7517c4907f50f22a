package org.leaps.portal.peer.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.leaps.portal.availability.AvailabilityService;
import org.leaps.portal.availability.AvailabilityStatus;
import org.leaps.portal.counselor.Specialty;
import org.leaps.portal.geography.County;
import org.leaps.portal.geography.GeographyService;
import org.leaps.portal.geography.Region;
import org.leaps.portal.geography.ZipCentroids;
import org.leaps.portal.peer.DailyViews;
import org.leaps.portal.peer.FindPeerService;
import org.leaps.portal.peer.Peer;
import org.leaps.portal.peer.PeerFilter;
import org.leaps.portal.peer.PeerList;
import org.leaps.portal.security.CurrentUser;
import org.leaps.portal.security.PortalUser;
import org.leaps.portal.security.Role;

/**
 * Find a peer, built for a phone at 2 a.m.: who is awake and willing right now, outside the
 * officer's own agency by default, with one tap to call or text. The page says, and the code keeps,
 * that nothing records who looked.
 */
@Route("find-a-peer")
@PageTitle("Find a peer")
@Menu(order = 45, icon = "vaadin:handshake", title = "Find a peer")
@RolesAllowed({
  Role.OFFICER_NAME,
  Role.COUNSELOR_NAME,
  Role.LIAISON_NAME,
  Role.STAFF_NAME,
  Role.DIRECTOR_NAME
})
@StyleSheet("styles/peer.css")
public class FindPeerView extends Main implements BeforeEnterObserver {

  /** The promise on the page; the no-trace test holds the code to it. */
  public static final String PRIVACY_PROMISE =
      "Private by design: the portal keeps no record of who opens this page or whom they call or"
          + " text.";

  /** Drive times offered next to "Near county". */
  private static final List<Integer> MINUTES = List.of(30, 60, 120);

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE, MMM d, uuuu", Locale.US);

  private final FindPeerService service;
  private final AvailabilityService availability;

  private final Checkbox notMyAgency = new Checkbox("Not from my agency");
  private final Select<Specialty> specialty = new Select<>();
  private final Select<Region> region = new Select<>();
  private final ComboBox<County> nearCounty = new ComboBox<>("Near county");
  private final TextField nearZip = new TextField("Or near ZIP code");
  private final Paragraph zipCredit = new Paragraph(ZipCentroids.CREDIT);
  private final Select<Integer> within = new Select<>();
  private final Paragraph resultLine = new Paragraph();
  private final UnorderedList list = new UnorderedList();
  private Registration subscription;

  FindPeerView(
      FindPeerService service,
      AvailabilityService availability,
      GeographyService geography,
      CurrentUser currentUser) {
    this.service = service;
    this.availability = availability;
    addClassNames("view", "peer-view");
    PortalUser user = currentUser.require();

    var intro =
        new Paragraph(
            "Counselors who are available or on call right now and are not in their quiet hours."
                + " Call or text the ones who share a phone.");
    intro.addClassName("peer-intro");
    var privacy = new Paragraph(VaadinIcon.LOCK.create(), new Span(PRIVACY_PROMISE));
    privacy.setId("privacy-promise");
    privacy.addClassName("privacy-promise");

    resultLine.setId("peer-count");
    resultLine.addClassName("peer-count");
    resultLine.getElement().setAttribute("aria-live", "polite");
    list.setId("peer-list");
    list.addClassName("peer-list");
    list.getElement().setAttribute("aria-label", "Counselors you can reach now");

    add(intro, privacy);
    if (user.has(Role.DIRECTOR)) {
      add(pageViews()); // above the list, which can be 50 cards long
    }
    add(filters(geography, user), resultLine, list);
    refresh();
  }

  // --- filters ---------------------------------------------------------------------------------

  private Component filters(GeographyService geography, PortalUser user) {
    notMyAgency.setId("not-my-agency");
    notMyAgency.setValue(true);
    notMyAgency.addClassName("not-my-agency");
    notMyAgency.setHelperText(
        user.agencyNames().isEmpty()
            ? "Your agency is not known to the portal"
            : "Leaves out " + String.join(", ", user.agencyNames()));

    specialty.setId("specialty");
    specialty.setLabel("Specialty");
    specialty.setItems(Specialty.values());
    specialty.setItemLabelGenerator(s -> s == null ? "Any specialty" : s.label());
    specialty.setEmptySelectionAllowed(true);
    specialty.setEmptySelectionCaption("Any specialty");

    region.setId("region");
    region.setLabel("Region");
    region.setItems(geography.regions());
    region.setItemLabelGenerator(r -> r == null ? "Whole state" : r.getName());
    region.setEmptySelectionAllowed(true);
    region.setEmptySelectionCaption("Whole state");

    nearCounty.setId("near-county");
    nearCounty.setItems(geography.counties());
    nearCounty.setItemLabelGenerator(County::getName);
    nearCounty.setClearButtonVisible(true);
    nearCounty.setPlaceholder("Any county");
    nearCounty.setHelperText("Nearest first");

    nearZip.setId("near-zip");
    nearZip.setMaxLength(5);
    nearZip.setAllowedCharPattern("[0-9]");
    nearZip.setPlaceholder("e.g. 39501");
    nearZip.setClearButtonVisible(true);
    nearZip.setValueChangeMode(ValueChangeMode.ON_CHANGE);
    nearZip.getElement().setAttribute("inputmode", "numeric");
    nearZip.getElement().setAttribute("autocomplete", "postal-code");
    zipCredit.addClassName("peer-credit");
    zipCredit.setVisible(false);

    within.setId("within");
    within.setLabel("Distance");
    within.setItems(MINUTES);
    within.setItemLabelGenerator(
        m -> m == null ? "Any distance" : "About " + driveTime(m) + " drive or less");
    within.setEmptySelectionAllowed(true);
    within.setEmptySelectionCaption("Any distance");
    within.setEnabled(false);

    notMyAgency.addValueChangeListener(e -> refresh());
    specialty.addValueChangeListener(e -> refresh());
    region.addValueChangeListener(e -> refresh());
    nearCounty.addValueChangeListener(e -> {
      if (e.getValue() != null && !nearZip.isEmpty()) {
        nearZip.clear(); // one place to measure from: the county now
      }
      placeChanged();
    });
    nearZip.addValueChangeListener(e -> {
      if (!usableZip() && !nearZip.isEmpty()) {
        nearZip.setErrorMessage("ZIP code: enter a Mississippi ZIP code such as 39501");
        nearZip.setInvalid(true);
        return;
      }
      nearZip.setInvalid(false);
      if (usableZip() && nearCounty.getValue() != null) {
        nearCounty.clear(); // one place to measure from: the ZIP now
      }
      placeChanged();
    });
    within.addValueChangeListener(e -> refresh());

    var place = new Div(nearCounty, nearZip, within, zipCredit);
    place.addClassName("peer-place");
    var more = new Div(specialty, region, place);
    more.addClassName("peer-more-filters");
    var details = new Details("More filters", more);
    details.setId("more-filters");
    details.addClassName("peer-details");
    var box = new Div(notMyAgency, details);
    box.addClassName("peer-filters");
    return box;
  }

  private boolean usableZip() {
    return !nearZip.isEmpty() && ZipCentroids.find(nearZip.getValue()).isPresent();
  }

  private void placeChanged() {
    boolean place = nearCounty.getValue() != null || usableZip();
    within.setEnabled(place);
    if (!place) {
      within.clear();
    }
    zipCredit.setVisible(usableZip());
    refresh();
  }

  private static String driveTime(int minutes) {
    return minutes < 60 ? minutes + "-minute" : (minutes / 60) + "-hour";
  }

  /** The filter as the fields show it. */
  PeerFilter filter() {
    County county = nearCounty.getValue();
    String zip = usableZip() ? nearZip.getValue() : null;
    return new PeerFilter(
        region.getValue() == null ? null : region.getValue().getCode(),
        county == null ? null : county.getFips(),
        county == null && zip == null ? null : within.getValue(),
        specialty.getValue(),
        notMyAgency.getValue(),
        zip);
  }

  // --- the list --------------------------------------------------------------------------------

  private void refresh() {
    PeerList result = service.find(filter());
    list.removeAll();
    int shown = result.peers().size();
    if (result.matching() == 0) {
      resultLine.setText(
          "Nobody matches right now. Try fewer filters"
              + (notMyAgency.getValue() ? " or include your own agency." : "."));
    } else if (shown < result.matching()) {
      resultLine.setText(
          "The first "
              + shown
              + " of "
              + result.matching()
              + " counselors you can reach now. A place or specialty narrows the list.");
    } else {
      resultLine.setText(
          result.matching() == 1
              ? "1 counselor you can reach now."
              : result.matching() + " counselors you can reach now.");
    }
    for (Peer peer : result.peers()) {
      list.add(card(peer));
    }
  }

  private Component card(Peer peer) {
    var name = new H3(peer.firstName());
    name.addClassName("peer-name");
    var status = new Span(peer.status().label());
    status.addClassNames(
        "peer-status",
        peer.status() == AvailabilityStatus.AVAILABLE ? "is-available" : "is-on-call");
    var head = new Div(name, status);
    head.addClassName("peer-head");

    var agency = new Span(peer.agencyName());
    agency.addClassName("peer-agency");
    var facts = new Div(agency);
    facts.addClassName("peer-facts");
    if (peer.distanceKm() != null) {
      var distance = new Span(String.format(Locale.US, "about %.0f km away", peer.distanceKm()));
      distance.addClassName("peer-distance");
      facts.add(distance);
    }

    var card = new ListItem(head, facts);
    card.addClassName("peer-card");
    card.getElement().setAttribute("data-counselor", String.valueOf(peer.counselorId()));
    if (!peer.specialties().isEmpty()) {
      var chips = new Div();
      chips.addClassName("peer-specialties");
      chips.getElement().setAttribute("aria-label", "Specialties");
      peer.specialties()
          .forEach(s -> {
            var chip = new Span(s);
            chip.addClassName("peer-chip");
            chips.add(chip);
          });
      card.add(chips);
    }
    card.add(actions(peer));
    return card;
  }

  private Component actions(Peer peer) {
    var actions = new Div();
    actions.addClassName("peer-actions");
    if (peer.callHref() != null) {
      actions.add(link(peer.callHref(), VaadinIcon.PHONE, "Call", peer, "peer-call"));
    }
    if (peer.textHref() != null) {
      actions.add(link(peer.textHref(), VaadinIcon.COMMENT, "Text", peer, "peer-text"));
    }
    if (actions.getComponentCount() == 0) {
      var none = new Span("Shares no phone here right now");
      none.addClassName("peer-no-phone");
      actions.add(none);
    }
    return actions;
  }

  private static Anchor link(String href, VaadinIcon icon, String verb, Peer peer, String cls) {
    var anchor = new Anchor();
    anchor.add(icon.create(), new Span(verb));
    // tel: and sms: are not among Vaadin's default safe schemes; the service builds both links
    // from the digits of a roster number only (PhoneLinks), so nothing else can reach the href.
    anchor.setUnsafeHref(href);
    anchor.addClassNames("peer-action", cls);
    anchor
        .getElement()
        .setAttribute("aria-label", verb + " " + peer.firstName() + " at " + peer.phone());
    return anchor;
  }

  // --- the director's page-view counts ---------------------------------------------------------

  private Component pageViews() {
    List<DailyViews> days = service.dailyViews(30);
    long total = days.stream().mapToLong(DailyViews::views).sum();
    var content = new Div();
    content.addClassName("peer-views");
    content.add(
        new Paragraph(
            "Times this page was opened, by day (Central time), for grant reports. Only the count"
                + " is kept: never who, when in the day, or from where."));
    var totalLine = new Paragraph("Last 30 days: " + total);
    totalLine.setId("page-views-total");
    content.add(totalLine);
    var rows = new UnorderedList();
    rows.addClassName("peer-views-days");
    days.forEach(d -> rows.add(new ListItem(DAY.format(d.date()) + ": " + d.views())));
    content.add(rows);
    var details = new Details(new H2("Page views for grant reports"), content);
    details.setId("page-views");
    details.addClassName("peer-views-details");
    return details;
  }

  // --- life cycle ------------------------------------------------------------------------------

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    service.countPageView();
  }

  @Override
  protected void onAttach(AttachEvent attachEvent) {
    subscription = availability.subscribe(attachEvent.getUI(), change -> refresh());
  }

  @Override
  protected void onDetach(DetachEvent detachEvent) {
    if (subscription != null) {
      subscription.remove();
      subscription = null;
    }
  }
}
