package org.leaps.portal.ha;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.leaps.portal.LeapsPortalApplication;
import org.leaps.portal.alert.AlertService;
import org.leaps.portal.alert.AlertTestData;
import org.leaps.portal.alert.Severity;
import org.leaps.portal.availability.AvailabilityService;
import org.leaps.portal.availability.AvailabilityStatus;
import org.leaps.portal.counselor.CounselorConflictException;
import org.leaps.portal.counselor.CounselorService;
import org.leaps.portal.testsupport.SignIn;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Two portal nodes on a real three-node MariaDB Galera cluster (issue 17). Node A and node B are
 * full application contexts connected through the failover URL; each Galera node is also read
 * directly, to check what it holds. The last test kills the Galera node the portal writes to in the
 * middle of a stream of writes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GaleraClusterTest {

  private GaleraCluster cluster;
  private ConfigurableApplicationContext nodeA;
  private ConfigurableApplicationContext nodeB;

  @BeforeAll
  void startClusterAndTwoPortalNodes() throws Exception {
    cluster = GaleraCluster.start();
    nodeA = portalNode(true);
    nodeB = portalNode(false);
  }

  private ConfigurableApplicationContext portalNode(boolean demoData) {
    return new SpringApplicationBuilder(LeapsPortalApplication.class)
        .properties("spring.main.banner-mode=off")
        .run(
            "--spring.profiles.active=test",
            "--server.port=0",
            "--leaps.db.url=" + cluster.jdbcUrl(),
            "--leaps.db.user=leaps",
            "--leaps.db.password=leaps",
            "--leaps.db.share-embedded-server=false",
            "--leaps.demo.enabled=" + demoData);
  }

  @AfterAll
  void stopEverything() throws Exception {
    if (nodeB != null) {
      nodeB.close();
    }
    if (nodeA != null) {
      nodeA.close();
    }
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  @Order(1)
  void theSchemaRunsOnTheClusterAndEveryTableHasAPrimaryKey() throws SQLException {
    try (Connection node3 = cluster.connect(3);
        var statement = node3.createStatement()) {
      var version = statement.executeQuery("select version()");
      version.next();
      String server = version.getString(1);
      var provider = statement.executeQuery("show status like 'wsrep_provider_version'");
      provider.next();
      System.out.println(
          "Galera cluster test ran on MariaDB " + server + " with Galera " + provider.getString(2));
      var size = statement.executeQuery("show status like 'wsrep_cluster_size'");
      size.next();
      assertThat(size.getInt(2)).isEqualTo(3);
      // Galera replicates row events by primary key; a table without one breaks it.
      var withoutKey =
          statement.executeQuery(
              "select t.table_name from information_schema.tables t where t.table_schema ="
                  + " 'leaps' and t.table_type = 'BASE TABLE' and not exists (select 1 from"
                  + " information_schema.table_constraints c where c.table_schema ="
                  + " t.table_schema and c.table_name = t.table_name and c.constraint_type ="
                  + " 'PRIMARY KEY')");
      List<String> tables = new ArrayList<>();
      while (withoutKey.next()) {
        tables.add(withoutKey.getString(1));
      }
      assertThat(tables).as("tables without a primary key").isEmpty();
      var counties = statement.executeQuery("select count(*) from county");
      counties.next();
      assertThat(counties.getInt(1)).as("node 3 holds what node A's Liquibase wrote").isEqualTo(82);
    }
  }

  @Test
  @Order(2)
  void aStatusSetThroughNodeAIsWhatNodeBShows() {
    Instant until = Instant.now().plus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    nodeA.getBean(SignIn.class).as(SignIn.COUNSELOR);
    nodeA.getBean(AvailabilityService.class).setMyStatus(AvailabilityStatus.ON_CALL, until);
    nodeA.getBean(SignIn.class).out();

    nodeB.getBean(SignIn.class).as(SignIn.COUNSELOR);
    var onNodeB = nodeB.getBean(AvailabilityService.class).mine();
    nodeB.getBean(SignIn.class).out();
    assertThat(onNodeB.now().status()).isEqualTo(AvailabilityStatus.ON_CALL);
    assertThat(onNodeB.plan().statusUntil()).isEqualTo(until);
  }

  @Test
  @Order(3)
  void anAlertSentOnNodeAIsAcknowledgedOnNodeB() {
    var dataA = nodeA.getBean(AlertTestData.class);
    nodeA.getBean(SignIn.class).as(SignIn.DIRECTOR);
    long alertId = dataA.sendAsDirector(dataA.unique("Galera"), Severity.URGENT, "GULFPORT-PD");
    nodeA.getBean(SignIn.class).out();

    nodeB.getBean(SignIn.class).as(SignIn.COUNSELOR);
    assertThat(nodeB.getBean(AlertService.class).acknowledge(alertId)).isTrue();
    nodeB.getBean(SignIn.class).out();

    nodeA.getBean(SignIn.class).as(SignIn.DIRECTOR);
    var tracking = nodeA.getBean(AlertService.class).tracking(alertId).orElseThrow();
    nodeA.getBean(SignIn.class).out();
    assertThat(tracking.acknowledged()).isEqualTo(1);
  }

  @Test
  @Order(4)
  void twoLiaisonsSavingTheSameCounselorOnDifferentNodesGetOneConflict() throws SQLException {
    long counselorId = activeCounselorIds(1).getFirst();
    var signInA = nodeA.getBean(SignIn.class);
    var signInB = nodeB.getBean(SignIn.class);
    signInA.as(SignIn.DIRECTOR);
    var copyOnA = nodeA.getBean(CounselorService.class).findInScope(counselorId).orElseThrow();
    signInB.as(SignIn.STAFF);
    var copyOnB = nodeB.getBean(CounselorService.class).findInScope(counselorId).orElseThrow();
    copyOnB.setAdminNotes("Saved on node B first");
    nodeB.getBean(CounselorService.class).update(copyOnB);
    signInB.out();

    signInA.as(SignIn.DIRECTOR);
    copyOnA.setAdminNotes("Saved on node A from a stale copy");
    assertThatThrownBy(() -> nodeA.getBean(CounselorService.class).update(copyOnA))
        .isInstanceOf(CounselorConflictException.class);
    signInA.out();
    for (int node = 1; node <= 3; node++) {
      assertThat(notesOn(node, counselorId)).isEqualTo("Saved on node B first");
    }
  }

  /**
   * Four roster editors and one counselor changing availability write through node A while the
   * Galera node it is connected to is killed. Every write that returned success is on every node
   * afterwards, every failure reached its caller, and the killed node catches up when it rejoins.
   */
  @Test
  @Order(5)
  void killingTheDatabaseNodeInUseDuringAStreamOfWritesLosesNothingThatSucceeded()
      throws Exception {
    List<Long> counselorIds = activeCounselorIds(4);
    var signIn = nodeA.getBean(SignIn.class);
    var counselors = nodeA.getBean(CounselorService.class);
    var availability = nodeA.getBean(AvailabilityService.class);
    Instant base = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    int writers = counselorIds.size() + 1;
    List<WriterLog> logs = new ArrayList<>();
    for (int i = 0; i < writers; i++) {
      logs.add(new WriterLog());
    }
    // Each writer works as its person; signing in is not what this test is about, so it happens
    // once.
    signIn.as(SignIn.DIRECTOR);
    var director = SecurityContextHolder.getContext().getAuthentication();
    signIn.as(SignIn.COUNSELOR);
    var counselor = SecurityContextHolder.getContext().getAuthentication();
    signIn.out();
    AtomicLong killedAt = new AtomicLong();
    var started = new CountDownLatch(writers);
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    List<java.util.concurrent.Future<?>> running = new ArrayList<>();
    long stopAt = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    for (int i = 0; i < writers; i++) {
      int writer = i;
      running.add(
          pool.submit(() -> {
            started.countDown();
            WriterLog log = logs.get(writer);
            boolean roster = writer < counselorIds.size();
            var person = SecurityContextHolder.createEmptyContext();
            person.setAuthentication(roster ? director : counselor);
            SecurityContextHolder.setContext(person);
            for (int attempt = 0; System.nanoTime() < stopAt; attempt++) {
              long t0 = System.nanoTime();
              try {
                if (roster) {
                  var copy = counselors.findInScope(counselorIds.get(writer)).orElseThrow();
                  copy.setAdminNotes("ha-" + writer + "-" + attempt);
                  counselors.update(copy);
                } else {
                  availability.setMyStatus(
                      AvailabilityStatus.AVAILABLE, base.plusSeconds(60L * attempt));
                }
                log.succeeded(attempt, t0, System.nanoTime());
              } catch (RuntimeException e) {
                log.failed(attempt, t0, e);
              }
              sleepQuietly(25);
            }
            SecurityContextHolder.clearContext();
            return null;
          }));
    }
    assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
    // The stream is flowing: every writer has saved a few times before the node goes.
    org.awaitility.Awaitility.await("every writer saved 5 times")
        .atMost(Duration.ofSeconds(20))
        .until(() -> logs.stream().allMatch(l -> l.successes.size() >= 5));
    killedAt.set(System.nanoTime());
    cluster.kill(1);
    System.out.printf(
        "Galera node 1 killed %d s before the writers stop%n",
        (stopAt - System.nanoTime()) / 1_000_000_000);
    pool.shutdown();
    assertThat(pool.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
    for (var writer : running) {
      writer.get(); // a writer that broke outside a write fails the test here
    }

    List<Long> pauses = new ArrayList<>();
    for (int i = 0; i < writers; i++) {
      WriterLog log = logs.get(i);
      System.out.printf(
          "writer %d: %d succeeded, %d failed (%s)%n",
          i, log.successes.size(), log.failures.size(), log.failureKinds());
      assertThat(log.successes).as("writer %d kept writing after the kill", i).isNotEmpty();
      long firstAfterKill =
          log.successes.stream()
              .filter(s -> s.startedAt() > killedAt.get())
              .mapToLong(Success::endedAt)
              .min()
              .orElseThrow(() -> new AssertionError("no successful write after the kill"));
      pauses.add((firstAfterKill - killedAt.get()) / 1_000_000);
    }
    pauses.sort(Long::compare);
    System.out.println("Failover pause per writer (ms, kill to next success): " + pauses);

    cluster.rejoin(1);
    System.out.print(cluster.status());
    for (int node = 1; node <= 3; node++) {
      for (int i = 0; i < counselorIds.size(); i++) {
        String stored = notesOn(node, counselorIds.get(i));
        int storedAttempt = Integer.parseInt(stored.substring(stored.lastIndexOf('-') + 1));
        // A write that failed on commit may still have committed; one that succeeded must be there.
        assertThat(storedAttempt)
            .as("node %d, writer %d: newest stored write vs last success", node, i)
            .isGreaterThanOrEqualTo(logs.get(i).lastSuccess())
            .isLessThanOrEqualTo(logs.get(i).lastAttempt());
      }
      Instant until = statusUntilOn(node);
      long storedAttempt = Duration.between(base, until).toSeconds() / 60;
      WriterLog log = logs.get(counselorIds.size());
      assertThat(storedAttempt)
          .as("node %d, availability: newest stored write vs last success", node)
          .isGreaterThanOrEqualTo(log.lastSuccess())
          .isLessThanOrEqualTo(log.lastAttempt());
    }
  }

  private List<Long> activeCounselorIds(int count) throws SQLException {
    try (Connection node = cluster.connect(2);
        var statement =
            node.prepareStatement(
                "select id from counselor where status = 'ACTIVE' and email <> ? order by id"
                    + " limit ?")) {
      statement.setString(1, SignIn.COUNSELOR);
      statement.setInt(2, count + 10);
      var rows = statement.executeQuery();
      List<Long> ids = new ArrayList<>();
      while (rows.next()) {
        ids.add(rows.getLong(1));
      }
      // Later tests take counselors the earlier ones did not touch.
      return ids.subList(ids.size() - count, ids.size());
    }
  }

  private String notesOn(int node, long counselorId) throws SQLException {
    try (Connection connection = cluster.connect(node);
        var statement =
            connection.prepareStatement("select admin_notes from counselor where id = ?")) {
      statement.setLong(1, counselorId);
      var row = statement.executeQuery();
      row.next();
      return row.getString(1);
    }
  }

  private Instant statusUntilOn(int node) throws SQLException {
    try (Connection connection = cluster.connect(node);
        var statement =
            connection.prepareStatement(
                "select a.status_until from counselor_availability a join counselor c on c.id ="
                    + " a.counselor_id where c.email = ?")) {
      statement.setString(1, SignIn.COUNSELOR);
      var row = statement.executeQuery();
      row.next();
      // Hibernate stores instants as UTC date-times (hibernate.jdbc.time_zone=UTC).
      return row.getObject(1, java.time.LocalDateTime.class).toInstant(java.time.ZoneOffset.UTC);
    }
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  record Success(int attempt, long startedAt, long endedAt) {}

  static final class WriterLog {
    final ConcurrentLinkedQueue<Success> successes = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    volatile int lastAttempt = -1;

    void succeeded(int attempt, long startedAt, long endedAt) {
      successes.add(new Success(attempt, startedAt, endedAt));
      lastAttempt = attempt;
    }

    void failed(int attempt, long startedAt, RuntimeException e) {
      failures.add(e.getClass().getSimpleName());
      lastAttempt = attempt;
    }

    int lastSuccess() {
      return successes.stream().mapToInt(Success::attempt).max().orElse(-1);
    }

    int lastAttempt() {
      return lastAttempt;
    }

    String failureKinds() {
      return String.join(", ", new java.util.TreeSet<>(failures));
    }
  }
}
