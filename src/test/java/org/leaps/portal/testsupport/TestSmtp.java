package org.leaps.portal.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server (GreenMail) on a free port for one test class, which the portal's mail goes
 * to. Register it as a static {@code @RegisterExtension} field (it stops after the class) and call
 * {@link #register} from the class's {@code @DynamicPropertySource}.
 */
public final class TestSmtp implements AfterAllCallback {

  private final GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

  /** Starts the server (once) and points {@code spring.mail.host/port} at it. */
  public void register(DynamicPropertyRegistry registry) {
    if (!server.isRunning()) {
      server.start();
    }
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", this::port);
  }

  public int port() {
    return server.getSmtp().getPort();
  }

  /** Every message received so far. */
  public MimeMessage[] received() {
    return server.getReceivedMessages();
  }

  /** The messages received so far with this address among their To recipients. */
  public List<MimeMessage> to(String address) {
    return Arrays.stream(received())
        .filter(m -> {
          try {
            return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                .anyMatch(a -> a.toString().equalsIgnoreCase(address));
          } catch (MessagingException e) {
            throw new IllegalStateException(e);
          }
        })
        .toList();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    server.stop();
  }
}
