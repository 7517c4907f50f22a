package org.leaps.portal.callout.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.leaps.portal.agency.Agency;
import org.leaps.portal.agency.AgencyService;
import org.leaps.portal.availability.AvailabilityService;
import org.leaps.portal.availability.CountyCoverage;
import org.leaps.portal.availability.ui.CoverageMap;
import org.leaps.portal.base.TimeConfiguration;
import org.leaps.portal.callout.CalloutCategory;
import org.leaps.portal.callout.CalloutInputException;
import org.leaps.portal.callout.CalloutRequest;
import org.leaps.portal.callout.CalloutService;
import org.leaps.portal.callout.CalloutSummary;
import org.leaps.portal.geography.County;
import org.leaps.portal.geography.GeographyService;
import org.leaps.portal.geography.ZipCentroids;
import org.springframework.security.access.AccessDeniedException;

/**
 * Opening a callout: requesting agency, incident point (ZIP code or a county on the map), meeting
 * point (place only, at most 120 characters), category, counselors needed, time of the incident.
 * There is deliberately no field for what happened or who was involved.
 */
@Route("callouts/new")
@PageTitle("Open a callout")
@RolesAllowed({"DIRECTOR", "STAFF", "LIAISON"})
@StyleSheet("styles/availability.css")
@StyleSheet("styles/callouts.css")
public class CalloutOpenView extends Main implements BeforeEnterObserver {

  static final String REMINDER =
      "Place only, for example \"Lobby of the county courthouse\". Never enter names or what"
          + " happened: peer support is privileged.";

  private final CalloutService callouts;
  private final GeographyService geography;
  private final Clock clock;

  final ComboBox<Agency> agency = new ComboBox<>("Requesting agency");
  final TextField zip = new TextField("Incident ZIP code");
  final ComboBox<County> county = new ComboBox<>("or the county");
  final CoverageMap map = new CoverageMap();
  final TextField meetingPoint = new TextField("Meeting point");
  final Select<CalloutCategory> category = new Select<>();
  final IntegerField needed = new IntegerField("Counselors needed");
  final DateTimePicker incidentAt = new DateTimePicker("Time of the incident");
  final Checkbox allowOwnAgency = new Checkbox("Also ask the requesting agency's own counselors");
  final Button open = new Button("Open callout", VaadinIcon.PHONE.create(), e -> submit());
  private final Map<String, CountyCoverage> coverage = new HashMap<>();

  CalloutOpenView(
      CalloutService callouts,
      AgencyService agencies,
      GeographyService geography,
      AvailabilityService availability,
      Clock clock) {
    this.callouts = callouts;
    this.geography = geography;
    this.clock = clock;
    addClassNames("view", "callout-open-view");

    List<Agency> mine = agencies.agenciesInScope().stream().filter(Agency::isActive).toList();
    agency.setId("agency");
    agency.setItems(mine);
    agency.setItemLabelGenerator(Agency::getName);
    agency.setRequiredIndicatorVisible(true);
    if (mine.size() == 1) {
      agency.setValue(mine.getFirst());
    }
    zip.setId("incident-zip");
    zip.setMaxLength(5);
    zip.setAllowedCharPattern("[0-9]");
    zip.setHelperText("Distances run from the ZIP's centre; a county alone is approximate.");
    zip.addValueChangeListener(e ->
        ZipCentroids.find(e.getValue())
            .flatMap(z -> geography.county(z.countyFips()))
            .ifPresent(c -> {
              county.setValue(c);
            }));
    county.setId("incident-county");
    county.setItems(geography.counties());
    county.setItemLabelGenerator(County::getName);
    county.setClearButtonVisible(true);
    county.addValueChangeListener(e -> drawMap());
    meetingPoint.setId("meeting-point");
    meetingPoint.setMaxLength(120);
    meetingPoint.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
    meetingPoint.setHelperText(REMINDER + " 0/120");
    meetingPoint.addValueChangeListener(
        e -> meetingPoint.setHelperText(REMINDER + " " + e.getValue().length() + "/120"));
    meetingPoint.setRequiredIndicatorVisible(true);
    category.setId("category");
    category.setLabel("Category");
    category.setItems(CalloutCategory.values());
    category.setItemLabelGenerator(CalloutCategory::label);
    // No required indicator: vaadin-select puts aria-required on a button role (axe-core flags it).
    needed.setId("needed");
    needed.setMin(1);
    needed.setMax(25);
    needed.setStepButtonsVisible(true);
    needed.setValue(2);
    incidentAt.setId("incident-at");
    incidentAt.setStep(java.time.Duration.ofMinutes(1));
    incidentAt.setValue(
        LocalDateTime.now(clock.withZone(TimeConfiguration.PROGRAM_ZONE))
            .truncatedTo(ChronoUnit.MINUTES));
    incidentAt.setHelperText("Central time");
    allowOwnAgency.setId("allow-own-agency");
    allowOwnAgency.setTooltipText(
        "Left out by default: they may be in the chain of command or witnesses.");
    open.setId("open-callout");
    open.addThemeVariants(ButtonVariant.PRIMARY);

    availability.coverage().forEach(c -> coverage.put(c.fips(), c));
    map.addCountySelectedListener(e -> geography.county(e.fips()).ifPresent(county::setValue));
    drawMap();

    var form = new FormLayout(agency, category, zip, county, meetingPoint, needed, incidentAt);
    form.setColspan(meetingPoint, 2);
    form.setResponsiveSteps(
        new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("560px", 2));
    var reminder = new Paragraph(REMINDER);
    reminder.setId("privacy-reminder");
    reminder.addClassName("privacy-reminder");
    var mapBox = new Div(map, credit());
    mapBox.addClassName("callout-map");
    var layout = new Div(new Div(form, allowOwnAgency, open), mapBox);
    layout.addClassName("callout-open-layout");
    add(new H2("Open a callout"), reminder, layout);
  }

  static Paragraph credit() {
    var credit =
        new Paragraph(
            "Click a county to choose it. County shapes: U.S. Census Bureau (public domain). "
                + ZipCentroids.CREDIT
                + ".");
    credit.addClassName("map-credit");
    return credit;
  }

  private void drawMap() {
    map.draw(coverage, county.getValue() == null ? null : county.getValue().getFips());
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    event
        .getLocation()
        .getQueryParameters()
        .getSingleParameter("county")
        .flatMap(geography::county)
        .ifPresent(county::setValue);
  }

  private void submit() {
    for (HasValidation field :
        List.<HasValidation>of(agency, zip, county, meetingPoint, category, needed, incidentAt)) {
      field.setInvalid(false);
    }
    var request =
        new CalloutRequest(
            agency.getValue() == null ? null : agency.getValue().getId(),
            zip.getValue(),
            county.getValue() == null ? null : county.getValue().getFips(),
            meetingPoint.getValue(),
            category.getValue(),
            needed.getValue(),
            incidentAt.getValue() == null
                ? null
                : incidentAt.getValue().atZone(TimeConfiguration.PROGRAM_ZONE).toInstant(),
            allowOwnAgency.getValue());
    try {
      CalloutSummary opened = callouts.open(request);
      getUI().ifPresent(ui -> ui.navigate("callout/" + opened.id()));
    } catch (CalloutInputException e) {
      HasValidation field = fieldFor(e.field());
      if (field != null) {
        field.setErrorMessage(e.getMessage());
        field.setInvalid(true);
      }
      CalloutErrors.show(e);
    } catch (AccessDeniedException e) {
      CalloutErrors.show(e);
    }
  }

  private HasValidation fieldFor(String name) {
    return switch (name) {
      case "Requesting agency" -> agency;
      case "Incident ZIP" -> zip;
      case "Incident point" -> county;
      case "Meeting point" -> meetingPoint;
      case "Category" -> category;
      case "Counselors needed" -> needed;
      case "Time of the incident" -> incidentAt;
      default -> null;
    };
  }
}
