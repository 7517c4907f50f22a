package org.leaps.portal.agency.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.leaps.portal.agency.Agency;
import org.leaps.portal.agency.AgencyService;
import org.leaps.portal.agency.AgencyType;
import org.leaps.portal.geography.County;
import org.leaps.portal.geography.GeographyService;
import org.leaps.portal.security.AccountService;
import org.leaps.portal.security.CurrentUser;
import org.leaps.portal.security.PortalAccount;
import org.leaps.portal.security.PortalUser;
import org.leaps.portal.security.Role;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Participating agencies. The director creates and edits them and assigns liaisons; statewide staff
 * read them; members of an agency see its liaisons.
 */
@StyleSheet("styles/agency.css")
@Route("agencies")
@PageTitle("Agencies")
@Menu(order = 30, icon = "vaadin:building", title = "Agencies")
@PermitAll
public class AgenciesView extends Main {

  private final AgencyService agencies;
  private final AccountService accounts;
  private final GeographyService geography;
  private final boolean director;

  final TextField search = new TextField("Name or code");
  final Grid<Agency> grid = new Grid<>(Agency.class, false);
  final Button create = new Button("New agency", VaadinIcon.PLUS.create(), e -> edit(null));
  Dialog dialog;
  AgencyForm form;

  AgenciesView(
      AgencyService agencies,
      AccountService accounts,
      GeographyService geography,
      CurrentUser currentUser) {
    this.agencies = agencies;
    this.accounts = accounts;
    this.geography = geography;
    PortalUser user = currentUser.require();
    this.director = user.has(Role.DIRECTOR);
    addClassNames("view", "agencies-view");
    add(new H2("Agencies"));
    if (user.isStatewide()) {
      statewide();
    } else {
      members();
    }
  }

  private void statewide() {
    search.setId("agency-search");
    search.setClearButtonVisible(true);
    search.setPrefixComponent(VaadinIcon.SEARCH.create());
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    create.setId("agency-create");
    create.addThemeVariants(ButtonVariant.PRIMARY);
    create.setVisible(director);
    var bar = new Div(search, create);
    bar.addClassName("agency-bar");

    grid.setId("agency-grid");
    grid.addThemeVariants(GridVariant.ROW_STRIPES);
    grid.addColumn(Agency::getName)
        .setHeader("Name")
        .setSortProperty("name")
        .setFlexGrow(1)
        .setAutoWidth(true);
    grid.addColumn(Agency::getCode).setHeader("Code").setSortProperty("code").setAutoWidth(true);
    grid.addColumn(a -> a.getType().label())
        .setHeader("Type")
        .setSortProperty("type")
        .setAutoWidth(true);
    grid.addColumn(a -> a.getHomeCounty().getName())
        .setHeader("County")
        .setSortProperty("homeCounty.name")
        .setAutoWidth(true);
    grid.addColumn(a -> a.isActive() ? "Active" : "Inactive")
        .setHeader("Status")
        .setSortProperty("active")
        .setAutoWidth(true);
    grid.setItemsPageable(
        pageable -> agencies.page(search.getValue(), pageable),
        pageable -> agencies.count(search.getValue()));
    grid.addItemClickListener(e -> edit(e.getItem()));
    add(bar, grid);
  }

  /** Liaisons and counselors: their own agencies and who the liaisons are. */
  private void members() {
    var cards = new Div();
    cards.addClassName("agency-cards");
    for (Agency agency : agencies.agenciesInScope()) {
      var card = new Section();
      card.addClassName("agency-card");
      card.getElement().setAttribute("data-code", agency.getCode());
      var name = new H3(agency.getName());
      var type =
          new Paragraph(
              agency.getType().label() + " · " + agency.getHomeCounty().getName() + " County");
      card.add(name, type, new Paragraph("Liaisons:"), liaisonList(agency));
      cards.add(card);
    }
    add(cards);
  }

  private Component liaisonList(Agency agency) {
    var list = new UnorderedList();
    list.addClassName("liaison-list");
    List<String> names = accounts.liaisonNamesOf(agency.getId());
    if (names.isEmpty()) {
      list.add(new ListItem("No liaison assigned yet"));
    }
    names.forEach(n -> list.add(new ListItem(n)));
    return list;
  }

  /** Opens the agency (or a new one) in a dialog; only the director can change it. */
  void edit(Agency agency) {
    boolean isNew = agency == null;
    Agency bean = isNew ? new Agency("", "", AgencyType.POLICE_DEPARTMENT, null) : agency;
    form = new AgencyForm(geography.counties());
    form.binder.readBean(bean);
    form.setReadOnly(!director);
    dialog = new Dialog();
    dialog.setId("agency-dialog");
    dialog.setHeaderTitle(isNew ? "New agency" : bean.getName());
    dialog.add(form);
    if (!isNew) {
      var liaisons = new Div(new H3("Liaisons"), liaisonList(bean));
      liaisons.setId("agency-liaisons");
      dialog.add(liaisons);
      if (director) {
        dialog.add(assignForm(bean));
      }
    }
    var close = new Button(director ? "Cancel" : "Close", e -> dialog.close());
    dialog.getFooter().add(close);
    if (director) {
      var save = new Button("Save", e -> save(bean, isNew));
      save.setId("agency-save");
      save.addThemeVariants(ButtonVariant.PRIMARY);
      dialog.getFooter().add(save);
    }
    dialog.open();
  }

  private void save(Agency bean, boolean isNew) {
    if (!form.binder.writeBeanIfValid(bean)) {
      return;
    }
    try {
      Agency saved = isNew ? agencies.create(bean) : agencies.update(bean);
      dialog.close();
      grid.getDataProvider().refreshAll();
      Notification.show(saved.getName() + " saved.", 4000, Notification.Position.BOTTOM_START)
          .addThemeVariants(NotificationVariant.SUCCESS);
    } catch (IllegalArgumentException e) {
      form.code.setErrorMessage(e.getMessage());
      form.code.setInvalid(true);
    } catch (OptimisticLockingFailureException e) {
      Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
          .addThemeVariants(NotificationVariant.ERROR);
      dialog.close();
      grid.getDataProvider().refreshAll();
    }
  }

  /** Makes a person (an existing account or a new one) a liaison of this agency. */
  private Component assignForm(Agency agency) {
    var email = new EmailField("Email");
    email.setId("liaison-email");
    var name = new TextField("Name");
    name.setId("liaison-name");
    name.setMaxLength(120);
    var assign =
        new Button(
            "Assign liaison",
            VaadinIcon.USER_CHECK.create(),
            e -> {
              String address = email.getValue().trim().toLowerCase();
              if (address.isEmpty() || email.isInvalid() || !address.contains("@")) {
                email.setErrorMessage("enter the liaison's email address");
                email.setInvalid(true);
                return;
              }
              var existing = accounts.findLocalAccount(address);
              String displayName =
                  name.getValue().isBlank()
                      ? existing.map(PortalAccount::getDisplayName).orElse("")
                      : name.getValue().trim();
              if (displayName.isBlank()) {
                name.setErrorMessage("enter the liaison's name");
                name.setInvalid(true);
                return;
              }
              Set<Role> roles = EnumSet.of(Role.LIAISON);
              Set<Long> agencyIds = new LinkedHashSet<>();
              Long counselorId = null;
              if (existing.isPresent()) {
                roles.addAll(existing.get().getRoles());
                agencyIds.addAll(existing.get().getLiaisonAgencyIds());
                counselorId = existing.get().getCounselorId();
              }
              agencyIds.add(agency.getId());
              accounts.provisionAccount(address, displayName, roles, agencyIds, counselorId);
              agencies.recordLiaisonAssigned(agency, address, displayName);
              Notification.show(
                      displayName + " is now a liaison of " + agency.getName() + ".",
                      4000,
                      Notification.Position.BOTTOM_START)
                  .addThemeVariants(NotificationVariant.SUCCESS);
              dialog.close();
              edit(agency);
            });
    assign.setId("liaison-assign");
    var box =
        new Div(
            new H3("Assign a liaison"),
            new Paragraph(
                "A liaison may look after several agencies; assigning one here keeps their other agencies."),
            email,
            name,
            assign);
    box.addClassName("liaison-assign");
    return box;
  }

  /** The agency's own fields, bound with Jakarta validation messages on each field. */
  static final class AgencyForm extends FormLayout {
    final BeanValidationBinder<Agency> binder = new BeanValidationBinder<>(Agency.class);
    final TextField code = new TextField("Code");
    final TextField name = new TextField("Name");
    final ComboBox<AgencyType> type = new ComboBox<>("Type");
    final ComboBox<County> county = new ComboBox<>("Home county");
    final Checkbox active = new Checkbox("Takes part in the program");

    AgencyForm(List<County> counties) {
      code.setId("agency-code");
      code.setHelperText("Capital letters, digits and dashes, e.g. GULFPORT-PD");
      name.setId("agency-name");
      type.setItems(AgencyType.values());
      type.setItemLabelGenerator(AgencyType::label);
      type.setId("agency-type");
      county.setItems(counties);
      county.setItemLabelGenerator(County::getName);
      county.setId("agency-county");
      active.setId("agency-active");
      binder.forField(code).bind("code");
      binder.forField(name).bind("name");
      binder.forField(type).bind("type");
      binder.forField(county).bind("homeCounty");
      binder.forField(active).bind("active");
      add(code, name, type, county, active);
      setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("500px", 2));
    }

    void setReadOnly(boolean readOnly) {
      binder.setReadOnly(readOnly);
    }
  }
}
