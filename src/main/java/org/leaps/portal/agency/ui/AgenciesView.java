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
import com.vaadin.flow.component.html.Span;
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
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.leaps.portal.agency.Agency;
import org.leaps.portal.agency.AgencyLiaisonService;
import org.leaps.portal.agency.AgencyService;
import org.leaps.portal.agency.AgencyType;
import org.leaps.portal.geography.County;
import org.leaps.portal.geography.GeographyService;
import org.leaps.portal.security.AccountService;
import org.leaps.portal.security.AccountService.Liaison;
import org.leaps.portal.security.CurrentUser;
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
@RolesAllowed({Role.DIRECTOR_NAME, Role.STAFF_NAME, Role.LIAISON_NAME, Role.COUNSELOR_NAME})
public class AgenciesView extends Main {

  private final AgencyService agencies;
  private final AgencyLiaisonService liaisons;
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
      AgencyLiaisonService liaisons,
      AccountService accounts,
      GeographyService geography,
      CurrentUser currentUser) {
    this.agencies = agencies;
    this.liaisons = liaisons;
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
      var liaisonSection = new Div(new H3("Liaisons"), managedLiaisonList(bean));
      liaisonSection.setId("agency-liaisons");
      dialog.add(liaisonSection);
      if (director && liaisons.managedInPortal()) {
        dialog.add(assignForm(bean));
      } else if (!liaisons.managedInPortal()) {
        liaisonSection.add(
            new Paragraph(
                "Liaisons sign in through Keycloak: give them the liaison role and membership of"
                    + " this agency's organization there. They show here after their first"
                    + " sign-in."));
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

  /** The liaisons with their addresses; the director can remove each one. */
  private Component managedLiaisonList(Agency agency) {
    var list = new UnorderedList();
    list.addClassName("liaison-list");
    List<Liaison> assigned = liaisons.liaisonsOf(agency.getId());
    if (assigned.isEmpty()) {
      list.add(new ListItem("No liaison assigned yet"));
    }
    boolean removable = director && liaisons.managedInPortal();
    for (Liaison liaison : assigned) {
      var item = new ListItem();
      item.addClassName("liaison-item");
      var who = new Span(liaison.displayName());
      var address = new Span(liaison.email());
      address.addClassName("liaison-email");
      item.add(who, address);
      if (removable) {
        var remove =
            new Button(
                "Remove", VaadinIcon.CLOSE_SMALL.create(), e -> confirmRemoval(agency, liaison));
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        remove.setAriaLabel("Remove " + liaison.displayName() + " as liaison");
        remove.addClassName("liaison-remove");
        item.add(remove);
      }
      list.add(item);
    }
    return list;
  }

  private void confirmRemoval(Agency agency, Liaison liaison) {
    var confirm = new Dialog();
    confirm.setId("liaison-remove-dialog");
    confirm.setHeaderTitle("Remove liaison?");
    confirm.add(
        new Paragraph(
            liaison.displayName()
                + " will no longer look after the roster of "
                + agency.getName()
                + ". Their other agencies stay. It takes effect at their next sign-in."));
    var cancel = new Button("Cancel", e -> confirm.close());
    var remove =
        new Button(
            "Remove",
            e -> {
              boolean removed = liaisons.remove(agency.getId(), liaison.email());
              confirm.close();
              dialog.close();
              Notification.show(
                      removed
                          ? liaison.displayName()
                              + " is no longer a liaison of "
                              + agency.getName()
                              + "."
                          : liaison.displayName() + " was already removed.",
                      4000,
                      Notification.Position.BOTTOM_START)
                  .addThemeVariants(NotificationVariant.SUCCESS);
              edit(agency);
            });
    remove.setId("liaison-remove-confirm");
    remove.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
    confirm.getFooter().add(cancel, remove);
    confirm.open();
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
              email.setInvalid(false);
              name.setInvalid(false);
              try {
                Liaison assigned =
                    liaisons.assign(agency.getId(), email.getValue(), name.getValue());
                Notification.show(
                        assigned.displayName() + " is now a liaison of " + agency.getName() + ".",
                        4000,
                        Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
                dialog.close();
                edit(agency);
              } catch (IllegalArgumentException problem) {
                String message = problem.getMessage();
                var field = message.startsWith("Name:") ? name : email;
                field.setErrorMessage(message.substring(message.indexOf(':') + 1).trim());
                field.setInvalid(true);
              }
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
