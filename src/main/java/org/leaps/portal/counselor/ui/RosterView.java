package org.leaps.portal.counselor.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.leaps.portal.agency.Agency;
import org.leaps.portal.agency.AgencyService;
import org.leaps.portal.base.ui.FixedColumnsGrid;
import org.leaps.portal.counselor.CertificationStatus;
import org.leaps.portal.counselor.CounselorService;
import org.leaps.portal.counselor.CounselorStatus;
import org.leaps.portal.counselor.RosterCsv;
import org.leaps.portal.counselor.RosterFilter;
import org.leaps.portal.counselor.RosterRow;
import org.leaps.portal.counselor.Specialty;
import org.leaps.portal.geography.County;
import org.leaps.portal.geography.GeographyService;
import org.leaps.portal.geography.Region;
import org.leaps.portal.security.AccessScope;
import org.leaps.portal.security.CurrentUser;

/**
 * The roster: every counselor in the person's scope, paged and filtered in the database. A liaison
 * sees their agency, the director and staff the whole state.
 */
@StyleSheet("styles/roster.css")
@Route("roster")
@PageTitle("Roster")
@Menu(order = 10, icon = "vaadin:users", title = "Roster")
@RolesAllowed({"DIRECTOR", "STAFF", "LIAISON"})
public class RosterView extends Main {

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);
  private static final int NARROW = 700;

  private static final String ADD_LABEL =
      "<vaadin-icon icon=\"vaadin:plus\" aria-hidden=\"true\"></vaadin-icon>Add counselor";
  private static final String IMPORT_LABEL =
      "<vaadin-icon icon=\"vaadin:upload\" aria-hidden=\"true\"></vaadin-icon>Import CSV";

  /** The import template as a {@code data:} address, built once for every session. */
  static final String TEMPLATE_HREF =
      "data:text/csv;charset=utf-8,"
          + java.net.URLEncoder.encode(RosterCsv.template(), StandardCharsets.UTF_8)
              .replace("+", "%20");

  private final CounselorService counselors;
  private final LocalDate today;
  private volatile RosterFilter filter = RosterFilter.none();

  private final AgencyService agencies;
  private final GeographyService geography;
  final TextField name = new TextField("Name, email or badge");
  private final Details details = new Details("More filters");
  private MoreFilters moreFilters;
  final Grid<RosterRow> grid = new FixedColumnsGrid<>(RosterRow.class);
  final Span total = new Span();
  private final boolean severalAgencies;
  private final Long onlyAgency;
  private final List<Grid.Column<RosterRow>> wideOnly;
  private final Grid.Column<RosterRow> nameColumn;
  private final Grid.Column<RosterRow> statusColumn;
  private final Grid.Column<RosterRow> privilegeColumn;
  private boolean narrow;

  RosterView(
      CounselorService counselors,
      AgencyService agencies,
      GeographyService geography,
      CurrentUser currentUser) {
    this.counselors = counselors;
    this.agencies = agencies;
    this.geography = geography;
    this.today = counselors.today();
    AccessScope scope = currentUser.scope();
    this.severalAgencies = agencyTellsRowsApart(scope);
    this.onlyAgency = severalAgencies ? null : scope.agencyIds().stream().findFirst().orElse(null);
    addClassNames("view", "roster-view");

    // Fixed labels are markup (decision 106): no text or icon node per page.
    var title = labelled(new H2(), "Roster");
    title.addClassName("roster-title");
    total.setId("roster-total");
    total.addClassName("roster-total");
    // Add and Import go to another page, so they are links drawn as buttons: the browser
    // navigates, and no click listener waits in every open roster.
    var add = labelled(new Anchor(CounselorView.url("new"), ""), ADD_LABEL);
    add.addClassNames("roster-action", "primary");
    add.setId("roster-add");
    var importButton =
        labelled(
            new Anchor(RouteConfiguration.forApplicationScope().getUrl(RosterImportView.class), ""),
            IMPORT_LABEL);
    importButton.addClassName("roster-action");
    importButton.setId("roster-import");
    var export = labelled(new Anchor(exportHandler(), AttachmentType.DOWNLOAD, ""), "Export CSV");
    export.setId("roster-export");
    export.addClassName("roster-link");
    var actions = new Div(add, importButton, export);
    actions.addClassName("roster-actions");
    var header = new Div(new Div(title, total), actions);
    header.addClassName("roster-header");

    // Filters: the name search is always visible; the rest fold away on a phone.
    name.setId("filter-name");
    name.setClearButtonVisible(true);
    name.setPrefixComponent(VaadinIcon.SEARCH.create());
    name.setValueChangeMode(ValueChangeMode.LAZY);
    name.addValueChangeListener(e -> apply(filter.withName(e.getValue())));

    // The other filters are built when "More filters" is first opened (decision 116): most
    // visits only search by name, and six combo boxes were half of the roster's memory.
    details.setId("roster-more-filters");
    details.addClassName("roster-details");
    details.addOpenedChangeListener(e -> {
      if (e.isOpened()) {
        moreFilters();
      }
    });

    // The grid pages in the database; every column sorts there too. Its columns are never
    // resized or frozen in the browser, so the server does not listen for that (decision 120).
    grid.setId("roster-grid");
    grid.addThemeVariants(GridVariant.NO_BORDER, GridVariant.ROW_STRIPES);
    grid.setMultiSort(false);
    // The name is the link to the record; nothing is ever selected.
    grid.setSelectionMode(Grid.SelectionMode.NONE);
    var nameColumn =
        grid.addColumn(nameCell())
            .setHeader("Name")
            .setSortProperty("name")
            .setWidth("15rem")
            .setFlexGrow(1);
    var rank =
        grid.addColumn(RosterRow::rankTitle)
            .setHeader("Rank")
            .setSortProperty("rank")
            .setAutoWidth(true);
    var badge =
        grid.addColumn(RosterRow::badgeNumber)
            .setHeader("Badge")
            .setSortProperty("badge")
            .setAutoWidth(true);
    // A viewer who sees one agency would read the same name on every row (decision 121).
    Grid.Column<RosterRow> agencyColumn =
        severalAgencies
            ? grid.addColumn(RosterRow::agencyText)
                .setHeader("Agency")
                .setKey("agency")
                .setSortProperty("agency")
                .setAutoWidth(true)
            : null;
    var countyColumn =
        grid.addColumn(RosterRow::countyName)
            .setHeader("County")
            .setSortProperty("county")
            .setAutoWidth(true);
    var regionColumn =
        grid.addColumn(RosterRow::regionName)
            .setHeader("Region")
            .setSortProperty("region")
            .setAutoWidth(true);
    var statusColumn =
        grid.addColumn(r -> r.status().label())
            .setHeader("Status")
            .setSortProperty("status")
            .setAutoWidth(true);
    var certColumn =
        grid.addColumn(this::certificationText)
            .setHeader("Recertification")
            .setSortProperty("certification")
            .setKey("certification")
            .setAutoWidth(true);
    var privilegeColumn =
        grid.addColumn(privilegeBadge())
            .setHeader("Privilege")
            .setKey("privilege")
            .setSortProperty("eligible")
            .setTextAlign(ColumnTextAlign.CENTER)
            .setAutoWidth(true);
    this.nameColumn = nameColumn;
    this.statusColumn = statusColumn;
    this.privilegeColumn = privilegeColumn;
    wideOnly =
        java.util.stream.Stream.of(
                rank, badge, agencyColumn, countyColumn, regionColumn, certColumn)
            .filter(java.util.Objects::nonNull)
            .toList();
    grid.sort(
        List.of(
            new com.vaadin.flow.component.grid.GridSortOrder<>(
                nameColumn, com.vaadin.flow.data.provider.SortDirection.ASCENDING)));
    grid.setItemsPageable(
        pageable -> counselors.page(filter, pageable),
        pageable -> updateTotal(counselors.count(filter)));
    grid.setEmptyStateComponent(labelled(new Span(), "No counselors match these filters."));

    // The template never changes: one data address shared by every page instead of a download
    // handler registered in each session. Flow asks that a data: address be marked as trusted:
    // this one is the server's own constant.
    var template = new Anchor();
    template.setUnsafeHref(TEMPLATE_HREF);
    labelled(template, "Download the CSV template");
    template.getElement().setAttribute("download", "roster-template.csv");
    template.setId("roster-template");
    template.addClassName("roster-link");

    add(header, name, details, grid, template);
  }

  /**
   * Gives a component a fixed label as its element's markup, the same string for every page:
   * constants only, never user data.
   */
  private static <C extends com.vaadin.flow.component.Component> C labelled(
      C component, String markup) {
    component.getElement().setProperty("innerHTML", markup);
    return component;
  }

  private long updateTotal(long count) {
    total.setText(
        String.format(Locale.US, "%,d", count) + (count == 1 ? " counselor" : " counselors"));
    return count;
  }

  /**
   * Name and email, drawn in the browser from the row's data rather than as server-side components
   * per row (decision 106); Lit escapes every value, so user data stays text.
   */
  private LitRenderer<RosterRow> nameCell() {
    return LitRenderer.<RosterRow>of(
            "<div class=\"roster-name-cell\"><a class=\"roster-name\" href=\"${item.href}\">"
                + "${item.name}</a>"
                + "${item.email ? html`<span class=\"roster-email\">${item.email}</span>` : ''}"
                + "${item.inactive ? html`<span class=\"roster-status-inline\">"
                + "${item.inactive}</span>` : ''}"
                + "${item.agency ? html`<span class=\"roster-agency-inline\">"
                + "${item.agency}</span>` : ''}</div>")
        .withProperty("href", row -> CounselorView.url(String.valueOf(row.id())))
        .withProperty("name", RosterRow::sortName)
        .withProperty("email", RosterRow::email)
        .withProperty("inactive", this::inlineStatus)
        .withProperty("agency", this::inlineAgency);
  }

  /**
   * Without an Agency column, a counselor who also serves another agency, or whose primary agency
   * is another one that the viewer's agency shares (decision 015), says so in the name cell. Null
   * when the row is simply of the viewer's agency, or when the column is there.
   */
  private String inlineAgency(RosterRow row) {
    boolean plainlyMine =
        row.agencyId() != null
            && row.agencyId().equals(onlyAgency)
            && (row.additionalAgencies() == null || row.additionalAgencies() == 0);
    return severalAgencies || plainlyMine ? null : row.agencyText();
  }

  /**
   * On a phone the status column is left out; an inactive or retired counselor says so in the name
   * cell. Null when nothing is to be said.
   */
  private String inlineStatus(RosterRow row) {
    return narrow && row.status() != CounselorStatus.ACTIVE ? row.status().label() : null;
  }

  private String certificationText(RosterRow row) {
    String due = row.recertificationDue() == null ? "—" : DATE.format(row.recertificationDue());
    CertificationStatus cert = row.certification(today);
    return switch (cert) {
      case CURRENT -> due;
      case DUE_WITHIN_90_DAYS -> due + " (due soon)";
      case LAPSED -> row.recertificationDue() == null ? "Lapsed" : due + " (lapsed)";
      case NOT_DESIGNATED -> due + " (not designated)";
      case NOT_CERTIFIED -> "Not certified";
    };
  }

  private LitRenderer<RosterRow> privilegeBadge() {
    return LitRenderer.<RosterRow>of(
            "<span class=\"privilege-badge ${item.band}\">${item.label}</span>")
        .withProperty("label", row -> row.privilegeEligible(today) ? "Eligible" : "Not eligible")
        .withProperty("band", row -> row.privilegeEligible(today) ? "eligible" : "not-eligible");
  }

  private void apply(RosterFilter next) {
    filter = next;
    grid.getDataProvider().refreshAll();
  }

  private void clearFilters() {
    name.clear();
    if (moreFilters != null) {
      moreFilters.clear();
    }
    apply(RosterFilter.none());
  }

  /** The folded filters, opened (and built on first opening) as a click on the summary does. */
  MoreFilters moreFilters() {
    if (moreFilters == null) {
      moreFilters = new MoreFilters();
      details.add(moreFilters);
    }
    if (!details.isOpened()) {
      details.setOpened(true);
    }
    return moreFilters;
  }

  /** Agency, county, region, status, certification and specialty, and "Clear filters". */
  final class MoreFilters extends Div {

    final ComboBox<Agency> agency = new ComboBox<>("Agency");
    final ComboBox<County> county = new ComboBox<>("Home county");
    final ComboBox<Region> region = new ComboBox<>("Region");
    final ComboBox<CounselorStatus> status = new ComboBox<>("Status");
    final ComboBox<CertificationStatus> certification = new ComboBox<>("Certification");
    final ComboBox<Specialty> specialty = new ComboBox<>("Specialty");

    MoreFilters() {
      List<Agency> inScope = agencies.agenciesInScope();
      agency.setItems(inScope);
      agency.setItemLabelGenerator(Agency::getName);
      agency.setVisible(severalAgencies);
      agency.setId("filter-agency");
      agency.addValueChangeListener(
          e -> apply(filter.withAgency(e.getValue() == null ? null : e.getValue().getId())));

      county.setItems(geography.counties());
      county.setItemLabelGenerator(County::getName);
      county.setId("filter-county");
      county.addValueChangeListener(
          e -> apply(filter.withCounty(e.getValue() == null ? null : e.getValue().getFips())));

      region.setItems(geography.regions());
      region.setItemLabelGenerator(Region::getName);
      region.setId("filter-region");
      region.addValueChangeListener(
          e -> apply(filter.withRegion(e.getValue() == null ? null : e.getValue().getCode())));

      status.setItems(CounselorStatus.values());
      status.setItemLabelGenerator(CounselorStatus::label);
      status.setId("filter-status");
      status.addValueChangeListener(e -> apply(filter.withStatus(e.getValue())));

      certification.setItems(CertificationStatus.values());
      certification.setItemLabelGenerator(CertificationStatus::label);
      certification.setId("filter-certification");
      certification.addValueChangeListener(e -> apply(filter.withCertification(e.getValue())));

      specialty.setItems(Specialty.values());
      specialty.setItemLabelGenerator(Specialty::label);
      specialty.setId("filter-specialty");
      specialty.addValueChangeListener(e -> apply(filter.withSpecialty(e.getValue())));

      for (ComboBox<?> box : List.of(agency, county, region, status, certification, specialty)) {
        box.setClearButtonVisible(true);
        box.addClassName("roster-filter");
      }
      var clear = new Button("Clear filters", e -> clearFilters());
      clear.addThemeVariants(ButtonVariant.TERTIARY);
      clear.setId("filter-clear");
      add(agency, county, region, status, certification, specialty, clear);
      addClassName("roster-filters");
    }

    void clear() {
      agency.clear();
      county.clear();
      region.clear();
      status.clear();
      certification.clear();
      specialty.clear();
    }
  }

  RosterFilter filter() {
    return filter;
  }

  /**
   * Whether rows in this scope can belong to different agencies: only then does the roster show an
   * Agency column and an agency filter (decision 121). The one place this rule lives.
   */
  static boolean agencyTellsRowsApart(AccessScope scope) {
    return scope.statewide() || scope.agencyIds().size() > 1;
  }

  private DownloadHandler exportHandler() {
    return event -> {
      event.setFileName("roster-" + today + ".csv");
      event.setContentType("text/csv; charset=UTF-8");
      exportTo(event.getOutputStream());
    };
  }

  /** Writes the current filtered view as CSV (UTF-8 with a byte-order mark, for spreadsheets). */
  int exportTo(OutputStream stream) throws IOException {
    Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    out.write('\uFEFF');
    int rows = counselors.exportCsv(filter, out);
    out.flush();
    return rows;
  }

  @Override
  protected void onAttach(AttachEvent attachEvent) {
    super.onAttach(attachEvent);
    var page = attachEvent.getUI().getPage();
    page.retrieveExtendedClientDetails(details -> adapt(details.getWindowInnerWidth()));
    page.addBrowserWindowResizeListener(e -> adapt(e.getWidth()));
    name.focus();
    name.addKeyPressListener(Key.ENTER, e -> grid.getDataProvider().refreshAll());
  }

  /**
   * On a phone (360 px) only the name and privilege columns stay, and the name cell says when a
   * counselor is not active; the rest open with the record.
   */
  void adapt(int width) {
    boolean wasNarrow = narrow;
    narrow = width > 0 && width < NARROW;
    wideOnly.forEach(c -> c.setVisible(!narrow));
    statusColumn.setVisible(!narrow);
    nameColumn.setWidth(narrow ? "8rem" : "15rem");
    privilegeColumn.setAutoWidth(!narrow);
    privilegeColumn.setFlexGrow(0);
    if (narrow) {
      privilegeColumn.setWidth("7.25rem");
    }
    if (narrow != wasNarrow) {
      grid.getDataProvider().refreshAll();
    }
  }
}
