package org.leaps.portal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.VaadinServletContext;
import jakarta.servlet.ServletContext;
import org.junit.jupiter.api.Test;
import org.leaps.portal.testsupport.PortalBrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Decision 132: Vaadin's lookup, as the running portal has it, answers the per-call question about
 * Polymer template models with the portal's own handler, found at start-up, instead of scanning the
 * class path on every grid call. If a Vaadin upgrade stops collecting the handler, this fails.
 */
@PortalBrowserTest
class FlowLookupFindsNoTemplateModelsTest {

  @Autowired ServletContext servletContext;

  @Test
  void theLookupAnswersWithThePortalsHandlerWhichClaimsNoArgument() {
    Lookup lookup = new VaadinServletContext(servletContext).getAttribute(Lookup.class);

    DeprecatedPolymerPublishedEventHandler handler =
        lookup.lookup(DeprecatedPolymerPublishedEventHandler.class);

    assertThat(handler).isInstanceOf(NoPolymerTemplateModels.class);
    assertThat(
            handler.isTemplateModelValue(
                new TextField(), JsonNodeFactory.instance.objectNode(), Object.class))
        .isFalse();
  }
}
