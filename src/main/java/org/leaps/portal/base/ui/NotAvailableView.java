package org.leaps.portal.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page the signed-in role may not open (a counselor opening the roster, a liaison opening alert
 * tracking). It says the same for every such address, whatever record the address names, so it
 * never tells whether that record exists.
 */
@ParentLayout(MainLayout.class)
@PageTitle("Not available")
@PermitAll
public class NotAvailableView extends ErrorPage
    implements HasErrorParameter<AccessDeniedException> {

  public NotAvailableView() {
    super("not-available", VaadinIcon.LOCK);
    show(
        "Not available to your role",
        "This page is not part of what your role can open in the portal. The menu shows the"
            + " pages you can use. If you need this page for your work, ask the program staff.");
  }

  @Override
  public int setErrorParameter(
      BeforeEnterEvent event, ErrorParameter<AccessDeniedException> error) {
    return HttpServletResponse.SC_FORBIDDEN;
  }
}
