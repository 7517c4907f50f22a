package org.leaps.portal.testsupport;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo sign-in form as a browser posts it, for tests and benchmarks that sign in over plain
 * HTTP: the email, the demo password, and the CSRF token the sign-in page carries in its meta tags.
 */
public final class DemoSignInForm {

  private static final Pattern CSRF_META =
      Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]*)\"");

  private DemoSignInForm() {}

  /** The form body for {@code email}, with the token of this sign-in page. */
  public static String body(String signInPage, String email) {
    return "username="
        + URLEncoder.encode(email, StandardCharsets.UTF_8)
        + "&password=demo&"
        + csrfField(signInPage);
  }

  /** {@code parameter=token} from the page's CSRF meta tags; fails when the page has none. */
  public static String csrfField(String signInPage) {
    String parameter = null;
    String token = null;
    Matcher meta = CSRF_META.matcher(signInPage);
    while (meta.find()) {
      if (meta.group(1).equals("_csrf_parameter")) {
        parameter = meta.group(2);
      } else {
        token = meta.group(2);
      }
    }
    if (parameter == null || token == null || token.isEmpty()) {
      throw new IllegalStateException("No CSRF token on the sign-in page");
    }
    return parameter + "=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
  }
}
