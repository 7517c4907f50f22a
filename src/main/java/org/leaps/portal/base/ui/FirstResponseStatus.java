package org.leaps.portal.base.ui;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.LocationUtil;
import com.vaadin.flow.router.NavigationState;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.server.auth.NavigationContext;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The HTTP status of the first response for an address typed or bookmarked by a signed-in person:
 * 404 when no route matches, 403 when the route's {@code @RolesAllowed} refuses their role, 200
 * otherwise. The page itself stays Vaadin's page shell, which then draws {@link NotFoundView} or
 * {@link NotAvailableView} inside the menu (decision 098).
 *
 * <p>It runs as an index-page listener, so only Vaadin's page shell is touched: Vaadin has already
 * left out its internal requests ({@code /VAADIN/**}, {@code ?v-r=}) and static files, and Spring
 * Security has already sent anonymous people to sign in. The route is resolved by the same router,
 * with its route parameters ({@code roster/123}), and judged by the same navigation access control
 * the views use, so the status and the page drawn cannot disagree. A route the role may not open
 * answers 403 whatever record the address names, so the status tells nothing about whether it
 * exists.
 */
@Component
class FirstResponseStatus implements VaadinServiceInitListener {

  private final ObjectProvider<NavigationAccessControl> accessControl;

  FirstResponseStatus(ObjectProvider<NavigationAccessControl> accessControl) {
    this.accessControl = accessControl;
  }

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event.addIndexHtmlRequestListener(this::setStatus);
  }

  private void setStatus(IndexHtmlResponse page) {
    statusFor(page.getVaadinRequest())
        .ifPresent(status -> page.getVaadinResponse().setStatus(status));
  }

  /** 404 or 403 for a signed-in person's page request; empty when the page is theirs to open. */
  Optional<Integer> statusFor(VaadinRequest request) {
    NavigationAccessControl control = accessControl.getIfAvailable();
    if (control == null || !control.isEnabled()) {
      return Optional.empty();
    }
    VaadinService service = request.getService();
    String path = LocationUtil.ensureRelativeNonNull(request.getPathInfo());
    Optional<NavigationState> route =
        service.getRouter().resolveNavigationTarget(new Location(path));
    // The context is only asked for the person; without a route any view class serves for that.
    Class<?> target = route.map(NavigationState::getNavigationTarget).orElse(null);
    NavigationContext requester =
        control.createNavigationContext(
            target == null ? NotFoundView.class : target, path, service, request);
    if (requester.getPrincipal() == null) {
      // Not signed in: the views' access control sends the person to sign in; keep Vaadin's status.
      return Optional.empty();
    }
    if (target == null) {
      return Optional.of(HttpServletResponse.SC_NOT_FOUND);
    }
    NavigationContext navigation =
        new NavigationContext(
            service.getRouter(),
            target,
            new Location(path),
            route.get().getRouteParameters(),
            requester.getPrincipal(),
            requester::hasRole,
            false,
            true);
    boolean productionMode = service.getDeploymentConfiguration().isProductionMode();
    AccessCheckDecision decision = control.checkAccess(navigation, productionMode).decision();
    return decision == AccessCheckDecision.ALLOW
        ? Optional.empty()
        : Optional.of(HttpServletResponse.SC_FORBIDDEN);
  }
}
