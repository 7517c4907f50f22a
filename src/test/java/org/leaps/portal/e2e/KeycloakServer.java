package org.leaps.portal.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The real Keycloak 26 for end-to-end tests: the keycloak-quarkus-dist the Maven build unpacked
 * into target/keycloak, started once per test run ({@code kc.sh start-dev --import-realm}) on a
 * free port with config/keycloak/leaps-realm.json and a fresh data directory inside target. The
 * admin API points the realm's client at the test's portal port and checks sessions.
 */
final class KeycloakServer {

  static final String REALM = "leaps";
  private static final String ADMIN = "admin";
  private static final String ADMIN_PASSWORD = "admin-e2e";
  // A fresh start takes about 20 s on an idle machine; on a shared, busy one it was seen at 450 s.
  private static final Duration START_TIMEOUT = Duration.ofSeconds(900);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static KeycloakServer running;

  private final int port;
  private final HttpClient http = HttpClient.newHttpClient();
  private final java.util.Set<Integer> portalPorts = new java.util.HashSet<>();
  private Process process;
  private Path log;
  private String launchPortalUrl;

  private KeycloakServer(int port) {
    this.port = port;
  }

  /**
   * The run's Keycloak, with its port chosen but not started yet, so a Spring context can be
   * pointed at it first; {@link #awaitReady()} starts it (once per run) and waits for the realm.
   * Starting it after the context keeps the two from competing for the CPU while they boot.
   */
  static synchronized KeycloakServer start() {
    if (running == null) {
      try {
        running = new KeycloakServer(freePort());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return running;
  }

  /** Launches Keycloak on first use and waits until the realm is served. */
  synchronized KeycloakServer awaitReady() {
    return awaitReady(8080);
  }

  /**
   * Launches Keycloak on first use, with the realm export's portal addresses taken from the
   * environment ({@code LEAPS_PORTAL_URL}, {@code LEAPS_PORTAL_INTERNAL_URL}) as docs/keycloak.md
   * describes, pointing at a portal on this port; later portals are added through the admin API.
   */
  synchronized KeycloakServer awaitReady(int portalPort) {
    if (process == null) {
      long launchedAt = System.nanoTime();
      launchPortalUrl = "http://localhost:" + portalPort;
      portalPorts.add(portalPort);
      launch();
      awaitRealm();
      System.out.printf(
          "Keycloak ready on port %d in %d s (log: %s)%n",
          port, (System.nanoTime() - launchedAt) / 1_000_000_000, log);
    }
    return this;
  }

  String url() {
    return "http://localhost:" + port;
  }

  private void launch() {
    Path home = Path.of(System.getProperty("keycloak.home", "target/keycloak/keycloak-26.7.3"));
    Path kcSh = home.resolve("bin/kc.sh");
    if (!Files.isRegularFile(kcSh)) {
      throw new IllegalStateException(
          kcSh
              + " is missing: the Maven build unpacks keycloak-quarkus-dist there in phase"
              + " generate-test-resources (run the test through ./mvnw)");
    }
    try {
      Path data = home.resolve("data");
      deleteRecursively(data);
      Path imports = Files.createDirectories(data.resolve("import"));
      Files.copy(
          Path.of("config/keycloak/leaps-realm.json"),
          imports.resolve("leaps-realm.json"),
          StandardCopyOption.REPLACE_EXISTING);
      int managementPort = freePort();
      log = home.getParent().resolve("keycloak-e2e.log");
      var builder =
          new ProcessBuilder(
                  "bash",
                  kcSh.toString(),
                  "start-dev",
                  "--http-port=" + port,
                  "--http-management-port=" + managementPort,
                  "--import-realm")
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      builder.environment().put("JAVA_HOME", javaHome());
      // Quicker start-up on small CI machines: C1 JIT only; the tests need no peak speed.
      builder.environment().put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
      builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
      builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
      builder.environment().put("LEAPS_PORTAL_URL", launchPortalUrl);
      builder.environment().put("LEAPS_PORTAL_INTERNAL_URL", launchPortalUrl);
      Process process = builder.start();
      this.process = process;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(() -> {
                process.descendants().forEach(ProcessHandle::destroy);
                process.destroy();
              }));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void awaitRealm() {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    var request =
        HttpRequest.newBuilder(
                URI.create(url() + "/realms/" + REALM + "/.well-known/openid-configuration"))
            .timeout(Duration.ofSeconds(5))
            .build();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; " + log);
      }
      try {
        if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(500);
    }
    throw new IllegalStateException("Keycloak did not start within " + START_TIMEOUT + "; " + log);
  }

  /**
   * Lets the realm's portal client work with a portal on this port: redirect and post-logout URIs,
   * and the back-channel logout URL Keycloak calls when an admin signs a person out.
   */
  synchronized void pointPortalClientAt(int portalPort) {
    if (!portalPorts.add(portalPort)) {
      return;
    }
    String base = "http://localhost:" + portalPort;
    ObjectNode client = (ObjectNode) portalClient();
    ((ArrayNode) client.get("redirectUris")).add(base + "/*");
    ObjectNode attributes = (ObjectNode) client.get("attributes");
    attributes.put(
        "post.logout.redirect.uris",
        attributes.path("post.logout.redirect.uris").asString("") + "##" + base + "/*");
    attributes.put("backchannel.logout.url", base + "/logout/connect/back-channel/keycloak");
    admin("PUT", "/clients/" + client.get("id").asString(), JSON.writeValueAsString(client));
  }

  /** Makes Keycloak send back-channel logouts to this portal node (as behind one front door). */
  synchronized void sendBackChannelLogoutTo(int portalPort) {
    ObjectNode client = (ObjectNode) portalClient();
    ((ObjectNode) client.get("attributes"))
        .put(
            "backchannel.logout.url",
            "http://localhost:" + portalPort + "/logout/connect/back-channel/keycloak");
    admin("PUT", "/clients/" + client.get("id").asString(), JSON.writeValueAsString(client));
  }

  /** The portal address the realm import took from the environment. */
  String launchPortalUrl() {
    return launchPortalUrl;
  }

  /** The portal client as Keycloak holds it (redirect URIs, root URL, attributes). */
  JsonNode portalClientSettings() {
    return portalClient();
  }

  /** The realm's user profile (who may view and edit which attribute). */
  JsonNode userProfile() {
    return admin("GET", "/users/profile", null);
  }

  /**
   * A new user with password {@code demo}, one realm role and membership of the organization with
   * this name; the email is whatever an attacker typed, verified or not.
   */
  String createUser(
      String username, String email, boolean emailVerified, String role, String organization) {
    ObjectNode user = JSON.createObjectNode();
    user.put("username", username);
    user.put("email", email);
    user.put("emailVerified", emailVerified);
    user.put("firstName", "Mallory");
    user.put("lastName", "Example");
    user.put("enabled", true);
    ObjectNode password = user.putArray("credentials").addObject();
    password.put("type", "password");
    password.put("value", "demo");
    password.put("temporary", false);
    admin("POST", "/users", JSON.writeValueAsString(user));
    String id = userId(username);
    JsonNode roleNode = admin("GET", "/roles/" + role, null);
    admin(
        "POST",
        "/users/" + id + "/role-mappings/realm",
        JSON.writeValueAsString(JSON.createArrayNode().add(roleNode)));
    String orgId =
        admin(
                "GET",
                "/organizations?exact=true&search="
                    + URLEncoder.encode(organization, StandardCharsets.UTF_8),
                null)
            .get(0)
            .get("id")
            .asString();
    admin("POST", "/organizations/" + orgId + "/members", JSON.writeValueAsString(id));
    return id;
  }

  /** Disables or enables a user, as an administrator does on the user's page. */
  void setEnabled(String username, boolean enabled) {
    String id = userId(username);
    ObjectNode user = (ObjectNode) admin("GET", "/users/" + id, null);
    user.put("enabled", enabled);
    admin("PUT", "/users/" + id, JSON.writeValueAsString(user));
  }

  /** Active Keycloak sessions of a user (by username). */
  int sessionCount(String username) {
    return admin("GET", "/users/" + userId(username) + "/sessions", null).size();
  }

  /** What an administrator does with "Sign out" on the user: ends all their sessions. */
  void signOutAsAdmin(String username) {
    admin("POST", "/users/" + userId(username) + "/logout", null);
  }

  private JsonNode portalClient() {
    return admin("GET", "/clients?clientId=leaps-portal", null).get(0);
  }

  private String userId(String username) {
    return admin(
            "GET",
            "/users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8),
            null)
        .get(0)
        .get("id")
        .asString();
  }

  private JsonNode admin(String method, String path, String body) {
    var request =
        HttpRequest.newBuilder(URI.create(url() + "/admin/realms/" + REALM + path))
            .header("Authorization", "Bearer " + adminToken())
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response = send(request);
    if (response.statusCode() >= 300) {
      throw new IllegalStateException(
          method + " " + path + " -> " + response.statusCode() + ": " + response.body());
    }
    return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
  }

  private String adminToken() {
    String form =
        "grant_type=password&client_id=admin-cli&username=" + ADMIN + "&password=" + ADMIN_PASSWORD;
    var request =
        HttpRequest.newBuilder(URI.create(url() + "/realms/master/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    return JSON.readTree(send(request).body()).get("access_token").asString();
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String javaHome() {
    Path temurin25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
    if (Files.isExecutable(temurin25.resolve("bin/java"))) {
      return temurin25.toString();
    }
    return System.getProperty("java.home");
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
