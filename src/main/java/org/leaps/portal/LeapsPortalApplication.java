package org.leaps.portal;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.aura.Aura;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Entry point and Vaadin app shell of the LEAPS Portal. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
// Client-to-server traffic over XHR keeps Spring Security's request handling intact; pushes use the
// socket.
@Push(value = PushMode.AUTOMATIC, transport = Transport.WEBSOCKET_XHR)
@StyleSheet(Aura.STYLESHEET)
@StyleSheet("styles.css")
@PWA(name = "LEAPS Portal", shortName = "LEAPS")
public class LeapsPortalApplication implements AppShellConfigurator {

  public static void main(String[] args) {
    SpringApplication.run(LeapsPortalApplication.class, args);
  }
}
