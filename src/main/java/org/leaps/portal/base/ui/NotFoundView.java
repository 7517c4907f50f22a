package org.leaps.portal.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An address the portal does not know (mistyped, or an old bookmark): a page inside the shell with
 * the menu, and a way back. The address itself is not repeated, so nothing typed is echoed.
 */
@ParentLayout(MainLayout.class)
@PageTitle("Page not found")
@PermitAll
public class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

  public NotFoundView() {
    super("not-found", VaadinIcon.QUESTION_CIRCLE_O);
    show(
        "Page not found",
        "There is no page at this address. It may have been mistyped, or the link is out of date."
            + " Use the menu, or go to the overview.");
  }

  @Override
  public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> error) {
    return HttpServletResponse.SC_NOT_FOUND;
  }
}
