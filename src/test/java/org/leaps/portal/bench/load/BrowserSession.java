package org.leaps.portal.bench.load;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionStage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leaps.portal.testsupport.DemoSignInForm;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One simulated browser tab speaking Vaadin Flow's client protocol, without a browser: the demo
 * form sign-in with its CSRF token, the bootstrap request ({@code ?v-r=init}), UIDL requests over
 * XHR carrying the UI id, the {@code Vaadin-Security-Key}, the last seen {@code syncId} and the
 * next {@code clientId}, and the push WebSocket (Atmosphere) for server-to-client messages, as with
 * {@code @Push(transport = WEBSOCKET_XHR)}.
 *
 * <p>It keeps a model of the UI's state tree (nodes, their tags, attributes, properties, listener
 * maps and child lists) from the {@code changes} of every message, applied in {@code syncId} order
 * across both channels as Flow's client does, so that it can click a button by its id, set a
 * field's value or ask a grid for a range of rows. A message that does not arrive in order within
 * five seconds, or a response the server marks {@code resynchronize}, counts as a resync.
 */
final class BrowserSession implements WebSocket.Listener {

  static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern JSESSION = Pattern.compile("JSESSIONID=([^;]+)");
  private static final Pattern SORTER = Pattern.compile("sorterPath: \\$(\\d+)");
  private static final Pattern CONFIRM = Pattern.compile("\\$connector\\.confirm\\(");
  private static final Pattern SIZE = Pattern.compile("\\$connector\\.updateSize\\(\\$(\\d+)\\)");
  private static final long ORDER_WAIT_NANOS = 5_000_000_000L;

  /** The property sync alone updates the field; -Dload.sync-event=true also sends the DOM event. */
  private static final boolean SYNC_EVENT = Boolean.getBoolean("load.sync-event");

  private static final boolean DEBUG = Boolean.getBoolean("load.debug");
  private final HttpClient http;
  private final HttpClient pushHttp;
  private final String base;
  private final Metrics metrics;
  private String cookie;
  private int uiId = -1;
  private String securityKey;
  private String pushId;
  private int nextClientId;

  /**
   * A browser's Flow client has one UIDL request in flight and queues the next; two threads of one
   * simulated user (the director's alert round and its own rounds) must do the same, or the server
   * sees a message id twice and answers with an error no browser would meet.
   */
  private final java.util.concurrent.locks.ReentrantLock inFlight =
      new java.util.concurrent.locks.ReentrantLock();

  private int lastSyncId = -1;
  private final TreeMap<Integer, JsonNode> outOfOrder = new TreeMap<>();
  private final Map<Integer, Node> nodes = new HashMap<>();
  private final Map<String, JsonNode> constants = new HashMap<>();
  private final List<String> sorterPaths = new ArrayList<>();
  private final List<Integer> gridConfirmations = new ArrayList<>();
  private final List<Integer> closedOverlays = new ArrayList<>();

  /** The row count the grid connector was last told ({@code updateSize}), or -1. */
  private volatile int gridSize = -1;

  private WebSocket socket;
  private volatile String email = "";
  private volatile long lastPushNanos;

  /** The last few push frames, shortened, for the summary of a session the alert missed. */
  private final java.util.Deque<String> recentFrames =
      new java.util.concurrent.LinkedBlockingDeque<>();

  /**
   * Push frames as the reader took them, not yet parsed: the reader runs at the portal's priority
   * and only notes arrivals (decision 133); the session's own thread parses them when it next looks
   * at its state, as a browser's event loop would before the next click.
   */
  private final java.util.Queue<String> pushFrames =
      new java.util.concurrent.ConcurrentLinkedQueue<>();

  private final StringBuilder pushBuffer = new StringBuilder();

  /** Text this session waits for on its push channel (the alert title), and when it came. */
  volatile String awaited;

  private final java.util.concurrent.atomic.AtomicLong awaitedArrived =
      new java.util.concurrent.atomic.AtomicLong();

  /** Whether the awaited text came with a response to this session's own request, not a push. */
  private volatile boolean awaitedCameWithResponse;

  private final StringBuilder awaitedTail = new StringBuilder();

  BrowserSession(HttpClient http, HttpClient pushHttp, String base, Metrics metrics) {
    this.http = http;
    this.pushHttp = pushHttp;
    this.base = base;
    this.metrics = metrics;
  }

  /** A node of the UI's state tree as far as the driver needs it. */
  static final class Node {
    final int id;
    final Map<String, JsonNode> values = new HashMap<>();
    final Map<Integer, List<JsonNode>> lists = new HashMap<>();

    Node(int id) {
      this.id = id;
    }

    String string(String key) {
      JsonNode value = values.get(key);
      return value == null || value.isNull() ? null : value.asString();
    }
  }

  static final class ProtocolException extends RuntimeException {
    ProtocolException(String message) {
      super(message);
    }
  }

  // ---- sign-in and bootstrap ------------------------------------------------------------------

  /**
   * The demo form sign-in: the page's CSRF token, then the POST; a redirect to the app is success.
   */
  void signIn(String email) throws Exception {
    this.email = email;
    long started = System.nanoTime();
    HttpResponse<String> login =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    metrics.request("sign-in page", started, login.statusCode() == 200);
    cookie = sessionCookie(login, null);
    String form;
    try {
      form = DemoSignInForm.body(login.body(), email);
    } catch (IllegalStateException noToken) {
      throw new ProtocolException(noToken.getMessage());
    }
    started = System.nanoTime();
    HttpResponse<String> signedIn =
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
    metrics.request("sign-in post", started, ok);
    if (!ok) {
      throw new ProtocolException("sign-in failed for " + email + ": " + signedIn.statusCode());
    }
    cookie = sessionCookie(signedIn, cookie);
  }

  /**
   * What the browser does after the bootstrap page: {@code ?v-r=init} starts a UI (its id, security
   * key, push id and first state), then the {@code ui-navigate} event renders the route.
   */
  void open(String route) throws Exception {
    long started = System.nanoTime();
    HttpResponse<String> init =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        base
                            + "/?v-r=init&location="
                            + URLEncoder.encode(route, StandardCharsets.UTF_8)
                            + "&query=&v-wn=load-"
                            + System.identityHashCode(this)))
                .header("Cookie", "JSESSIONID=" + cookie)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    boolean ok = init.statusCode() == 200;
    metrics.request("init", started, ok);
    if (!ok) {
      throw new ProtocolException("init failed: " + init.statusCode());
    }
    JsonNode config = JSON.readTree(init.body()).path("appConfig");
    uiId = config.path("v-uiId").asInt(-1);
    JsonNode uidl = config.path("uidl");
    if (uidl.isString()) {
      uidl = JSON.readTree(uidl.asString());
    }
    securityKey = uidl.path("Vaadin-Security-Key").asString(null);
    pushId = uidl.path("Vaadin-Push-ID").asString(null);
    if (uiId < 0 || securityKey == null || pushId == null) {
      throw new ProtocolException("no UI in the init response");
    }
    synchronized (this) {
      receive(uidl, false);
    }
    openPush();
    navigate(route);
  }

  /** The router event the client sends for a route (also used for in-app navigation). */
  void navigate(String route) throws Exception {
    ObjectNode data = NODES.objectNode();
    data.put("route", route);
    data.put("query", "");
    data.put("appShellTitle", "");
    data.set("historyState", NODES.objectNode().put("idx", 0));
    data.put("trigger", "");
    ObjectNode event = NODES.objectNode();
    event.put("type", "event");
    event.put("node", 1);
    event.put("event", "ui-navigate");
    event.set("data", data);
    send("navigate " + (route.isEmpty() ? "overview" : route), event);
  }

  private void openPush() throws Exception {
    String push =
        base.replaceFirst("^http", "ws")
            + "/VAADIN/push?v-r=push&v-uiId="
            + uiId
            + "&v-pushId="
            + URLEncoder.encode(pushId, StandardCharsets.UTF_8)
            + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=3.1.5-javascript"
            + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
            + "&Content-Type=application%2Fjson%3B%20charset%3DUTF-8&X-atmo-protocol=true";
    socket =
        pushHttp
            .newWebSocketBuilder()
            .header("Cookie", "JSESSIONID=" + cookie)
            .connectTimeout(Duration.ofSeconds(20))
            .buildAsync(URI.create(push), this)
            .get();
  }

  void close() {
    WebSocket open = socket;
    if (open != null) {
      open.abort();
    }
  }

  private static String sessionCookie(HttpResponse<?> response, String previous) {
    for (String header : response.headers().allValues("Set-Cookie")) {
      Matcher m = JSESSION.matcher(header);
      if (m.find()) {
        return m.group(1);
      }
    }
    if (previous == null) {
      throw new ProtocolException("no session cookie");
    }
    return previous;
  }

  // ---- user actions ---------------------------------------------------------------------------

  /** A click on the element with this id attribute, with the event data its listener asks for. */
  void click(String label, String elementId) throws Exception {
    Node node = require(elementId);
    ObjectNode data = NODES.objectNode();
    JsonNode expressions;
    synchronized (this) {
      expressions = resolve(node.values.get("click"));
    }
    if (expressions != null && expressions.isObject()) {
      for (String expression : expressions.propertyNames()) {
        if (expression.endsWith("Key")) {
          data.put(expression, false);
        } else {
          data.put(expression, 0);
        }
      }
    }
    ObjectNode event = NODES.objectNode();
    event.put("type", "event");
    event.put("node", node.id);
    event.put("event", "click");
    event.set("data", data);
    send(label, event);
  }

  /**
   * A text field's new value: the property sync and the DOM event whose listener synchronises it
   * (the web component's {@code change} or {@code value-changed}), as the client sends them.
   */
  void type(String label, String elementId, String value) throws Exception {
    Node node = require(elementId);
    String syncEvent = null;
    synchronized (this) {
      for (Map.Entry<String, JsonNode> entry : node.values.entrySet()) {
        JsonNode listener = resolve(entry.getValue());
        if (listener != null && listener.isObject() && listener.has("}value")) {
          syncEvent = entry.getKey();
          break;
        }
      }
    }
    ObjectNode sync = NODES.objectNode();
    sync.put("type", "mSync");
    sync.put("node", node.id);
    sync.put("feature", 1);
    sync.put("property", "value");
    sync.put("value", value);
    if (syncEvent == null || !SYNC_EVENT) {
      send(label, sync);
      return;
    }
    ObjectNode event = NODES.objectNode();
    event.put("type", "event");
    event.put("node", node.id);
    event.put("event", syncEvent);
    event.set("data", NODES.objectNode().put("}value", value));
    send(label, sync, event);
  }

  /** A call of a {@code @ClientCallable} method, as a web component's connector makes it. */
  void call(String label, int node, String method, JsonNode... arguments) throws Exception {
    ObjectNode rpc = NODES.objectNode();
    rpc.put("type", "publishedEventHandler");
    rpc.put("node", node);
    rpc.put("templateEventMethodName", method);
    ArrayNode args = rpc.putArray("templateEventMethodArgs");
    for (JsonNode argument : arguments) {
      args.add(argument);
    }
    rpc.put("promise", 0);
    send(label, rpc);
  }

  /** The grid's row range request, followed by the confirmations the grid connector sends. */
  void gridRange(String label, String gridId, int start, int length) throws Exception {
    Node grid = require(gridId);
    call(label, grid.id, "setViewportRange", NODES.numberNode(start), NODES.numberNode(length));
    confirmGridUpdates(grid.id);
  }

  /** A click on a column's sorter: the grid connector reports the new sorters. */
  void gridSort(String label, String gridId, String columnPath, String direction) throws Exception {
    Node grid = require(gridId);
    ArrayNode sorters = NODES.arrayNode();
    sorters.addObject().put("path", columnPath).put("direction", direction);
    call(label, grid.id, "sortersChanged", sorters);
    confirmGridUpdates(grid.id);
  }

  void confirmGridUpdates(String gridId) throws Exception {
    confirmGridUpdates(require(gridId).id);
  }

  /** The grid connector confirms each data update it applied ({@code confirmUpdate}). */
  void confirmGridUpdates(int gridNode) throws Exception {
    List<Integer> ids;
    synchronized (this) {
      takePushes();
      ids = new ArrayList<>(gridConfirmations);
      gridConfirmations.clear();
    }
    for (int id : ids) {
      call("grid confirm", gridNode, "confirmUpdate", NODES.numberNode(id));
    }
  }

  /**
   * Sends the {@code closed} event of each overlay the server closed since the last call, as the
   * browser's dialog does after its closing animation. Without it, a dialog that Vaadin added to
   * the UI by itself stays in the tree with its buttons, and the driver would click them again.
   */
  void reportClosedOverlays() throws Exception {
    List<Integer> closed;
    synchronized (this) {
      takePushes();
      closed = new ArrayList<>(closedOverlays);
      closedOverlays.clear();
    }
    for (int id : closed) {
      synchronized (this) {
        if (!nodes.containsKey(id)) {
          continue;
        }
      }
      ObjectNode event = NODES.objectNode();
      event.put("type", "event");
      event.put("node", id);
      event.put("event", "closed");
      event.set("data", NODES.objectNode());
      send("dialog closed", event);
    }
  }

  /**
   * Sorter paths of the sortable grid columns, as the grid connector's header renderers name them.
   */
  synchronized List<String> sorterPaths() {
    takePushes();
    return List.copyOf(sorterPaths);
  }

  /** How many rows the grid shows, as a browser's grid knows it; -1 before the first update. */
  synchronized int gridSize() {
    takePushes();
    return gridSize;
  }

  synchronized boolean has(String elementId) {
    return find(elementId) != null;
  }

  /**
   * The element with this id; when several carry it (stacked critical-alert dialogs, each with its
   * acknowledge button), the newest, which is the one on top: the server ignores clicks on a modal
   * dialog under another, and a person clicks the one they see.
   */
  private synchronized Node find(String elementId) {
    takePushes();
    Node newest = null;
    for (Node node : nodes.values()) {
      if (elementId.equals(node.string("id")) && (newest == null || node.id > newest.id)) {
        newest = node;
      }
    }
    return newest;
  }

  private Node require(String elementId) {
    Node node = find(elementId);
    if (node == null) {
      throw new ProtocolException("no element #" + elementId + " in the UI");
    }
    return node;
  }

  synchronized int nodeCount() {
    takePushes();
    return nodes.size();
  }

  // ---- UIDL requests --------------------------------------------------------------------------

  /** One UIDL request with these RPC invocations; waits until its response is applied in order. */
  void send(String label, JsonNode... rpcs) throws Exception {
    inFlight.lockInterruptibly();
    try {
      sendInOrder(label, rpcs);
    } finally {
      inFlight.unlock();
    }
  }

  private void sendInOrder(String label, JsonNode... rpcs) throws Exception {
    ObjectNode payload = NODES.objectNode();
    int clientId;
    synchronized (this) {
      takePushes();
      clientId = nextClientId;
      payload.put("csrfToken", securityKey);
      ArrayNode rpc = payload.putArray("rpc");
      for (JsonNode invocation : rpcs) {
        rpc.add(invocation);
      }
      payload.put("syncId", lastSyncId);
      payload.put("clientId", clientId);
    }
    JsonNode response = post(label, payload);
    int expectedNext = clientId + 1;
    if (response.path("clientId").asInt(-1) != expectedNext) {
      metrics.error(label + ": clientId " + response.path("clientId") + " != " + expectedNext);
    }
    synchronized (this) {
      nextClientId = response.path("clientId").asInt(expectedNext);
      takePushes();
      receive(response, true);
      long deadline = System.nanoTime() + ORDER_WAIT_NANOS;
      int wanted = response.path("syncId").asInt(-1);
      while (lastSyncId < wanted) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          resynchronize(label);
          return;
        }
        // A push the response depends on may still be on its way; look again shortly.
        wait(Math.min(10, Math.max(1, left / 1_000_000)));
        takePushes();
      }
    }
  }

  private JsonNode post(String label, JsonNode payload) throws Exception {
    long started = System.nanoTime();
    HttpResponse<String> response;
    try {
      response =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                  .header("Cookie", "JSESSIONID=" + cookie)
                  .header("Content-Type", "application/json; charset=UTF-8")
                  .timeout(Duration.ofSeconds(60))
                  .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(payload)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      metrics.request(label, started, false);
      throw e;
    }
    String body = response.body();
    String wanted = awaited;
    if (wanted != null && awaitedArrived.get() == 0 && body.contains(wanted)) {
      // The fan-out's UI.access ran while this request held the session: Vaadin then sends the
      // change with this response, as it would to a browser, instead of on the push channel.
      arrived(true);
    }
    if (DEBUG) {
      System.out.println("DEBUG " + label + " -> " + body.length() + " " + body);
    }
    // Flow 25 answers with the bare JSON object; older versions wrapped it in for(;;);[...].
    if (body.startsWith("for(;;);[")) {
      body = body.substring("for(;;);[".length(), body.length() - 1);
    }
    boolean ok = response.statusCode() == 200 && body.startsWith("{");
    if (ok && (body.contains("\"appError\"") || body.contains("\"sessionExpired\":true"))) {
      ok = false;
    }
    metrics.request(label, started, ok);
    if (!ok) {
      throw new ProtocolException(
          label
              + ": HTTP "
              + response.statusCode()
              + " "
              + body.substring(0, Math.min(200, body.length())));
    }
    return JSON.readTree(body);
  }

  /** The client's answer to a lost message: ask for the whole state again. */
  private void resynchronize(String label) throws Exception {
    metrics.resync(label + ": message out of order for 5 s (last " + lastSyncId + ")");
    ObjectNode payload = NODES.objectNode();
    payload.put("csrfToken", securityKey);
    payload.putArray("rpc");
    payload.put("syncId", lastSyncId);
    payload.put("clientId", nextClientId);
    payload.put("resynchronize", true);
    outOfOrder.clear();
    JsonNode response = post("resynchronize", payload);
    nodes.clear();
    lastSyncId = response.path("syncId").asInt() - 1;
    nextClientId = response.path("clientId").asInt(nextClientId + 1);
    receive(response, true);
  }

  // ---- messages from the server, in syncId order ----------------------------------------------

  /** Takes one server message (XHR response or push), applying it and any that waited for it. */
  private void receive(JsonNode message, boolean ordered) {
    if (message.path("resynchronize").asBoolean(false) && lastSyncId >= 0) {
      metrics.resync("server asked for a resync");
      nodes.clear();
      outOfOrder.clear();
      lastSyncId = message.path("syncId").asInt() - 1;
    }
    int syncId = message.path("syncId").asInt(-1);
    if (syncId < 0) {
      apply(message);
      return;
    }
    if (!ordered || lastSyncId < 0) {
      lastSyncId = syncId - 1;
    }
    if (syncId <= lastSyncId) {
      return; // already seen
    }
    outOfOrder.put(syncId, message);
    Iterator<Map.Entry<Integer, JsonNode>> waiting = outOfOrder.entrySet().iterator();
    while (waiting.hasNext()) {
      Map.Entry<Integer, JsonNode> next = waiting.next();
      if (next.getKey() != lastSyncId + 1) {
        break;
      }
      apply(next.getValue());
      lastSyncId = next.getKey();
      waiting.remove();
    }
    notifyAll();
  }

  /** Listener maps are sent once as constants and referred to by their hash. */
  private JsonNode resolve(JsonNode value) {
    if (value != null && value.isString() && constants.containsKey(value.asString())) {
      return constants.get(value.asString());
    }
    return value;
  }

  private void apply(JsonNode message) {
    JsonNode sent = message.path("constants");
    for (String key : sent.propertyNames()) {
      constants.put(key, sent.get(key));
    }
    for (JsonNode change : message.path("changes")) {
      int id = change.path("node").asInt();
      String type = change.path("type").asString("");
      switch (type) {
        case "attach" -> nodes.computeIfAbsent(id, Node::new);
        case "detach" -> nodes.remove(id);
        case "put" -> {
          Node node = nodes.computeIfAbsent(id, Node::new);
          JsonNode value = change.has("nodeValue") ? change.get("nodeValue") : change.get("value");
          String key = change.path("key").asString();
          node.values.put(key, value == null ? NODES.nullNode() : value);
          if (key.equals("opened")
              && value != null
              && value.isBoolean()
              && !value.asBoolean()
              && node.values.containsKey("closed")) {
            // A dialog the server closed: the web component fires "closed" after its closing
            // animation, and the server removes an overlay it added by itself only then.
            closedOverlays.add(id);
          }
        }
        case "remove" -> {
          Node node = nodes.get(id);
          if (node != null) {
            node.values.remove(change.path("key").asString());
          }
        }
        case "splice" -> {
          Node node = nodes.computeIfAbsent(id, Node::new);
          List<JsonNode> list =
              node.lists.computeIfAbsent(change.path("feat").asInt(), f -> new ArrayList<>());
          int index = change.path("index").asInt();
          int remove = change.path("remove").asInt(0);
          for (int i = 0; i < remove && index < list.size(); i++) {
            list.remove(index);
          }
          JsonNode added = change.has("addNodes") ? change.get("addNodes") : change.get("add");
          if (added != null) {
            int at = Math.min(index, list.size());
            for (JsonNode item : added) {
              list.add(at++, item);
            }
          }
        }
        case "clear" -> {
          Node node = nodes.get(id);
          if (node != null) {
            node.lists.remove(change.path("feat").asInt());
          }
        }
        default -> {}
      }
    }
    for (JsonNode invocation : message.path("execute")) {
      String script = invocation.path(invocation.size() - 1).asString("");
      Matcher sorter = SORTER.matcher(script);
      if (sorter.find()) {
        // The grid connector's header renderer: a sortable column names its sorter path.
        JsonNode path = invocation.path(Integer.parseInt(sorter.group(1)));
        if (path.isString() && !sorterPaths.contains(path.asString())) {
          sorterPaths.add(path.asString());
        }
      }
      Matcher size = SIZE.matcher(script);
      if (size.find()) {
        gridSize = invocation.path(Integer.parseInt(size.group(1))).asInt(-1);
      }
      if (CONFIRM.matcher(script).find() && invocation.size() >= 2) {
        // [..., updateId, "...$connector.confirm($N)"]: the id is the parameter the script names.
        Matcher parameter = Pattern.compile("confirm\\(\\$(\\d+)\\)").matcher(script);
        if (parameter.find()) {
          gridConfirmations.add(invocation.path(Integer.parseInt(parameter.group(1))).asInt());
        }
      }
    }
  }

  // ---- push channel ---------------------------------------------------------------------------

  @Override
  public void onOpen(WebSocket webSocket) {
    webSocket.request(1);
  }

  /**
   * Runs on the push reader, at the portal's priority (decision 133): notes when the awaited text
   * came and keeps the frame for the session's own thread. It takes no lock a session holds, so one
   * busy session never delays another's arrival time.
   */
  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence text, boolean last) {
    String wanted = awaited;
    if (wanted != null && awaitedArrived.get() == 0) {
      awaitedTail.append(text);
      if (awaitedTail.indexOf(wanted) >= 0) {
        arrived(false);
      }
      if (awaitedTail.length() > wanted.length()) {
        awaitedTail.delete(0, awaitedTail.length() - wanted.length());
      }
    }
    String frame = text.toString();
    pushFrames.add(frame);
    lastPushNanos = System.nanoTime();
    recentFrames.addLast(
        frame.length() + " chars: " + frame.substring(0, Math.min(160, frame.length())));
    while (recentFrames.size() > 4) {
      recentFrames.pollFirst();
    }
    webSocket.request(1);
    return null;
  }

  /** Parses the push frames the reader has kept, in the order they came. */
  private void takePushes() {
    boolean took = false;
    for (String frame; (frame = pushFrames.poll()) != null; ) {
      pushBuffer.append(frame);
      took = true;
    }
    if (took) {
      drainPushBuffer();
    }
  }

  /**
   * Atmosphere's message framing with {@code TrackMessageSize}: {@code length|message}, several in
   * one frame or one split over frames. Messages that are not JSON (the handshake, heartbeats) are
   * skipped.
   */
  private void drainPushBuffer() {
    while (true) {
      int bar = pushBuffer.indexOf("|");
      if (bar < 0) {
        return;
      }
      int length;
      try {
        length = Integer.parseInt(pushBuffer.substring(0, bar));
      } catch (NumberFormatException e) {
        pushBuffer.setLength(0);
        return;
      }
      if (pushBuffer.length() < bar + 1 + length) {
        return;
      }
      String message = pushBuffer.substring(bar + 1, bar + 1 + length);
      pushBuffer.delete(0, bar + 1 + length);
      String json =
          message.startsWith("for(;;);[") ? message.substring(9, message.length() - 1) : message;
      if (DEBUG) {
        System.out.println("DEBUG push -> " + json.length() + " " + json);
      }
      if (json.startsWith("{")) {
        try {
          receive(JSON.readTree(json), true);
        } catch (RuntimeException e) {
          metrics.error("unreadable push message: " + e.getMessage());
        }
      }
    }
  }

  @Override
  public void onError(WebSocket webSocket, Throwable error) {
    metrics.pushClosed(error == null ? "closed" : String.valueOf(error));
  }

  /** Starts waiting for this text from the server (push channel or a response). */
  void await(String text) {
    awaitedTail.setLength(0);
    awaitedArrived.set(0);
    awaitedCameWithResponse = false;
    awaited = text;
  }

  String name() {
    return email;
  }

  /** What the summary says about a session the alert did not reach. */
  synchronized String describe() {
    takePushes();
    WebSocket open = socket;
    return String.format(
        "%d nodes, critical dialog %s, push socket %s, last push %s; last frames %s",
        nodes.size(),
        find("critical-alert-ack") != null ? "shown" : "not shown",
        open == null ? "none" : open.isInputClosed() ? "closed" : "open",
        lastPushNanos == 0 ? "never" : (System.nanoTime() - lastPushNanos) / 1_000_000 + " ms ago",
        List.copyOf(recentFrames));
  }

  /** When the awaited text came ({@link System#nanoTime}), or 0. */
  long awaitedArrivedNanos() {
    return awaitedArrived.get();
  }

  boolean awaitedCameWithResponse() {
    return awaitedCameWithResponse;
  }

  private void arrived(boolean withResponse) {
    if (awaitedArrived.compareAndSet(0, System.nanoTime())) {
      awaitedCameWithResponse = withResponse;
      metrics.alertArrived(this);
    }
  }
}
