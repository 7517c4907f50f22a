package org.leaps.portal.availability.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.leaps.portal.availability.AvailabilityService;
import org.leaps.portal.availability.AvailabilityService.Deployment;
import org.leaps.portal.geography.County;
import org.leaps.portal.geography.GeographyService;
import org.leaps.portal.security.CurrentUser;
import org.leaps.portal.security.PortalUser;

/**
 * "Who can respond now": choose a county and see the counselors in scope who are available or on
 * call, nearest first. Updates live while open. Director and staff also see and end deployments.
 */
@Route("respond")
@PageTitle("Who can respond now")
@Menu(order = 21, icon = "vaadin:user-check", title = "Who can respond now")
@RolesAllowed({"DIRECTOR", "STAFF", "LIAISON"})
@StyleSheet("styles/availability.css")
public class RespondView extends Main implements BeforeEnterObserver {

  private final AvailabilityService service;
  private final Clock clock;
  private final boolean statewide;
  private final ComboBox<County> county = new ComboBox<>("County");
  private final RespondersPanel panel;
  private final Div deployments = new Div();
  private final GeographyService geography;
  private Registration subscription;

  RespondView(
      AvailabilityService service,
      GeographyService geography,
      CurrentUser currentUser,
      Clock clock) {
    this.service = service;
    this.geography = geography;
    this.clock = clock;
    PortalUser user = currentUser.require();
    this.statewide = user.isStatewide();
    addClassNames("view", "respond-view");

    county.setId("county");
    county.setItems(geography.counties());
    county.setItemLabelGenerator(County::getName);
    county.setPlaceholder("Type a county name");
    county.setClearButtonVisible(true);
    county.addClassName("county-choice");
    panel = new RespondersPanel(service, clock, true);
    county.addValueChangeListener(
        e -> panel.setCounty(e.getValue() == null ? null : e.getValue().getFips()));

    add(county, panel);
    if (statewide) {
      deployments.setId("deployments");
      deployments.addClassName("deployments");
      add(deployments);
      showDeployments();
    }
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    QueryParameters params = event.getLocation().getQueryParameters();
    params.getSingleParameter("county").flatMap(geography::county).ifPresent(county::setValue);
  }

  private void showDeployments() {
    deployments.removeAll();
    deployments.add(new H2("Deployed now"));
    List<Deployment> list = service.deployments();
    if (list.isEmpty()) {
      var none = new Span("No counselor is marked deployed.");
      none.addClassName("empty");
      deployments.add(none);
    }
    for (Deployment d : list) {
      var name = new Span(d.name());
      var until =
          new Span(d.until() == null ? "until cleared" : "until " + Times.when(d.until(), clock));
      until.addClassName("help");
      var clear = new Button("Clear");
      clear.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
      clear.setAriaLabel("Clear deployment of " + d.name());
      clear.addClickListener(e -> service.clearDeployed(d.counselorId()));
      var row = new Div(name, until, clear);
      row.addClassName("item");
      deployments.add(row);
    }
  }

  @Override
  protected void onAttach(AttachEvent attachEvent) {
    subscription =
        service.subscribe(
            attachEvent.getUI(),
            change -> {
              panel.refresh();
              if (statewide) {
                showDeployments();
              }
            });
  }

  @Override
  protected void onDetach(DetachEvent detachEvent) {
    if (subscription != null) {
      subscription.remove();
      subscription = null;
    }
  }

  RespondersPanel panel() {
    return panel;
  }
}
