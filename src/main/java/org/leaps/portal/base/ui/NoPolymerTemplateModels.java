package org.leaps.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import java.lang.reflect.Type;
import tools.jackson.databind.JsonNode;

/**
 * Tells Flow that no argument of a client call is a Polymer template model: the portal has no
 * Polymer templates. Flow asks its {@code Lookup} for this handler on every client call with an
 * object argument (every grid range, sort and confirm). When nothing registers one, Flow 25.2.5
 * answers by scanning every jar's {@code META-INF/services}, under the jar files' locks, on each
 * call: 3 % of the portal's CPU at 1,000 users, and much of its lock contention (decision 132).
 * Vaadin finds this class at start-up (it implements one of the types its {@code Lookup} collects
 * from the allowed packages) and then creates it without a scan; it needs nothing from Spring.
 */
public class NoPolymerTemplateModels implements DeprecatedPolymerPublishedEventHandler {

  @Override
  public boolean isTemplateModelValue(Component instance, JsonNode argValue, Class<?> type) {
    return false;
  }

  @Override
  public Object getTemplateItem(Component template, JsonNode argValue, Type type) {
    throw new UnsupportedOperationException("The portal has no Polymer template models");
  }
}
