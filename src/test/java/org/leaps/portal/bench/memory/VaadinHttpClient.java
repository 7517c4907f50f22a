package org.leaps.portal.bench.memory;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leaps.portal.testsupport.DemoSignInForm;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The few requests a browser makes to open a Vaadin view, over plain HTTP: the sign-in page and
 * form (with its CSRF token), the view's bootstrap page, {@code v-r=init} (the server creates the
 * UI), the client's {@code ui-navigate} event (the server builds the route's view) and, for each
 * named grid, the grid connector's {@code setViewportRange} call (the server renders the first
 * rows). No push connection is opened. Only talks to the given base address.
 */
final class VaadinHttpClient {

  private static final Pattern JSESSION = Pattern.compile("JSESSIONID=([^;]+)");
  private static final Pattern SECURITY_KEY =
      Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** An open session: its cookie and UI, kept so the test holds what a browser would. */
  record Session(String cookie, int uiId) {}

  private final String base;
  private final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  VaadinHttpClient(String base) {
    this.base = base;
  }

  /**
   * Opens {@code route} in a new session, signed in as {@code email} (password {@code demo}) or
   * anonymous when null, and asks each grid (by element id) for its first {@code rows} rows.
   */
  Session open(String email, String route, Map<String, Integer> gridRows) throws Exception {
    String cookie = email == null ? null : signIn(email);
    var page = get("/" + route, cookie);
    if (page.statusCode() != 200) {
      throw new IllegalStateException("Bootstrap page /" + route + ": " + page.statusCode());
    }
    cookie = sessionCookie(page, cookie);
    var init =
        get(
            "/?v-r=init&location="
                + URLEncoder.encode(route, StandardCharsets.UTF_8)
                + "&query=&v-wn=memory-bench",
            cookie);
    String body = init.body().replace("\\\"", "\"");
    Matcher uiId = UI_ID.matcher(body);
    Matcher key = SECURITY_KEY.matcher(body);
    if (init.statusCode() != 200 || !uiId.find() || !key.find()) {
      throw new IllegalStateException("No UI started: " + init.statusCode() + " " + head(body));
    }
    var uidl = new Uidl(cookie, Integer.parseInt(uiId.group(1)), key.group(1));
    JsonNode navigated =
        uidl.send(
            "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":"
                + JSON.writeValueAsString(route)
                + ",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},"
                + "\"trigger\":\"\"}}");
    Map<String, Integer> nodesById = nodesById(navigated);
    for (var grid : gridRows.entrySet()) {
      Integer node = nodesById.get(grid.getKey());
      if (node == null) {
        throw new IllegalStateException("No element #" + grid.getKey() + " on /" + route);
      }
      uidl.send(
          "{\"type\":\"publishedEventHandler\",\"node\":"
              + node
              + ",\"templateEventMethodName\":\"setViewportRange\","
              + "\"templateEventMethodArgs\":[0,"
              + grid.getValue()
              + "],\"promise\":0}");
    }
    return new Session(cookie, uidl.uiId);
  }

  private String signIn(String email) throws Exception {
    for (int attempt = 1; ; attempt++) {
      var login = get("/login", null);
      String cookie = sessionCookie(login, null);
      String form = DemoSignInForm.body(login.body(), email);
      var signedIn =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/login"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .header("Cookie", "JSESSIONID=" + cookie)
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      boolean ok =
          signedIn.statusCode() == 302
              && !signedIn.headers().firstValue("Location").orElse("").contains("error");
      if (ok) {
        return sessionCookie(signedIn, cookie);
      }
      // Concurrent sign-ins of one account may collide on its last-sign-in version: try again.
      if (attempt == 20) {
        throw new IllegalStateException("Sign-in failed: " + signedIn.statusCode());
      }
      Thread.sleep(20L * attempt);
    }
  }

  private HttpResponse<String> get(String path, String cookie)
      throws IOException, InterruptedException {
    var request = HttpRequest.newBuilder(URI.create(base + path)).GET();
    if (cookie != null) {
      request.header("Cookie", "JSESSIONID=" + cookie);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Element ids in a UIDL response's changes, to the state node carrying each. */
  private static Map<String, Integer> nodesById(JsonNode response) {
    Map<String, Integer> nodes = new HashMap<>();
    for (JsonNode change : response.path("changes")) {
      if ("id".equals(change.path("key").asString(null)) && change.path("value").isString()) {
        nodes.put(change.path("value").asString(), change.path("node").asInt());
      }
    }
    return nodes;
  }

  private static String head(String text) {
    return text.substring(0, Math.min(300, text.length()));
  }

  private static String sessionCookie(HttpResponse<?> response, String previous) {
    for (String header : response.headers().allValues("Set-Cookie")) {
      Matcher m = JSESSION.matcher(header);
      if (m.find()) {
        return m.group(1);
      }
    }
    if (previous == null) {
      throw new IllegalStateException("No session cookie");
    }
    return previous;
  }

  /** One UI's message channel: carries the server's syncId and the client's message count. */
  private final class Uidl {
    final String cookie;
    final int uiId;
    final String csrf;
    int syncId;
    int clientId;

    Uidl(String cookie, int uiId, String csrf) {
      this.cookie = cookie;
      this.uiId = uiId;
      this.csrf = csrf;
    }

    JsonNode send(String rpc) throws IOException, InterruptedException {
      String message =
          "{\"csrfToken\":\""
              + csrf
              + "\",\"rpc\":["
              + rpc
              + "],\"syncId\":"
              + syncId
              + ",\"clientId\":"
              + clientId
              + "}";
      var response =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                  .header("Cookie", "JSESSIONID=" + cookie)
                  .header("Content-Type", "application/json; charset=UTF-8")
                  .POST(HttpRequest.BodyPublishers.ofString(message))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      String body = response.body();
      if (Boolean.getBoolean("memory.bench.debug")) {
        System.out.printf(
            "MEMORY-BENCH debug %s -> %d chars, %d row updates%n",
            head(rpc), body.length(), body.split("connector.set", -1).length - 1);
      }
      int start = body.indexOf('{');
      if (response.statusCode() != 200 || start < 0) {
        throw new IllegalStateException("UIDL " + response.statusCode() + ": " + head(body));
      }
      JsonNode json = JSON.readTree(body.substring(start, body.lastIndexOf('}') + 1));
      JsonNode meta = json.path("meta");
      if (meta.has("appError") || meta.has("sessionExpired") || json.has("resynchronize")) {
        throw new IllegalStateException("UIDL refused: " + head(body));
      }
      syncId = json.path("syncId").asInt(syncId);
      clientId = json.path("clientId").asInt(clientId + 1);
      return json;
    }
  }
}
