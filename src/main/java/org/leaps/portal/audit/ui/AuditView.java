package org.leaps.portal.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.leaps.portal.audit.AuditAction;
import org.leaps.portal.audit.AuditEvent;
import org.leaps.portal.audit.AuditFilter;
import org.leaps.portal.audit.AuditService;
import org.leaps.portal.audit.FieldChange;
import org.leaps.portal.base.TimeConfiguration;
import org.leaps.portal.security.CurrentUser;

/**
 * The audit trail: who changed which roster or agency record, when, and from what to what; imports
 * with their totals and exports. The director and staff see all of it, a liaison their agencies'.
 */
@StyleSheet("styles/audit.css")
@Route("audit")
@PageTitle("Audit")
@Menu(order = 35, icon = "vaadin:clipboard-text", title = "Audit")
@RolesAllowed({"DIRECTOR", "STAFF", "LIAISON"})
public class AuditView extends Main {

  static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("MMM d, yyyy h:mm a", Locale.US)
          .withZone(TimeConfiguration.PROGRAM_ZONE);

  final ComboBox<AuditAction> action = new ComboBox<>("Action");
  final TextField search = new TextField("Person or record");
  final DatePicker from = new DatePicker("From");
  final DatePicker to = new DatePicker("To");
  final Grid<AuditEvent> grid = new Grid<>(AuditEvent.class, false);
  private AuditFilter filter = AuditFilter.all();

  AuditView(AuditService audit, CurrentUser currentUser) {
    addClassNames("view", "audit-view");
    var scope =
        new Paragraph(
            currentUser.require().isStatewide()
                ? "All roster and agency changes, imports and exports statewide. Times are Central."
                : "Changes to your agencies' rosters, and your own imports and exports. Times are Central.");
    action.setItems(AuditAction.values());
    action.setItemLabelGenerator(AuditAction::label);
    action.setClearButtonVisible(true);
    action.setId("audit-action");
    search.setId("audit-search");
    search.setClearButtonVisible(true);
    search.setPrefixComponent(VaadinIcon.SEARCH.create());
    search.setValueChangeMode(ValueChangeMode.LAZY);
    from.setId("audit-from");
    to.setId("audit-to");
    action.addValueChangeListener(e -> refresh());
    search.addValueChangeListener(e -> refresh());
    from.addValueChangeListener(e -> refresh());
    to.addValueChangeListener(e -> refresh());
    var filters = new Div(search, action, from, to);
    filters.addClassName("audit-filters");

    grid.setId("audit-grid");
    grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
    grid.addColumn(e -> WHEN.format(e.getOccurredAt()))
        .setHeader("When")
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(AuditEvent::getActorName).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(e -> e.getAction().label())
        .setHeader("Action")
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(e ->
            e.getSubjectType() + (e.getSubjectLabel() == null ? "" : ": " + e.getSubjectLabel()))
        .setHeader("Record")
        .setAutoWidth(true);
    grid.addColumn(new ComponentRenderer<>(AuditView::changes)).setHeader("Changes").setFlexGrow(1);
    grid.setItemsPageable(
        pageable -> audit.page(filter, pageable), pageable -> audit.count(filter));
    grid.setEmptyStateText("Nothing recorded for these filters.");
    add(new H2("Audit trail"), scope, filters, grid);
  }

  private void refresh() {
    filter =
        new AuditFilter(
            action.getValue(), null, null, search.getValue(), from.getValue(), to.getValue());
    grid.getDataProvider().refreshAll();
  }

  /** Field changes as text lines, never markup. */
  static Component changes(AuditEvent event) {
    var cell = new Div();
    cell.addClassName("audit-changes");
    if (!event.rowTotals().isEmpty()) {
      var totals = new Span(event.rowTotals());
      totals.addClassName("audit-totals");
      cell.add(totals);
    }
    for (FieldChange change : event.getChanges()) {
      var line = new Span(change.describe());
      line.addClassName("audit-change");
      cell.add(line);
    }
    return cell;
  }

  AuditFilter filter() {
    return filter;
  }
}
