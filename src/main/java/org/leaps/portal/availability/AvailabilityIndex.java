package org.leaps.portal.availability;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.leaps.portal.agency.AgencyRenamed;
import org.leaps.portal.base.TimeConfiguration;
import org.leaps.portal.base.relay.ClusterEventsMissed;
import org.leaps.portal.base.ui.UiBroadcaster;
import org.leaps.portal.counselor.CounselorChanged;
import org.leaps.portal.counselor.CounselorPlacement;
import org.leaps.portal.counselor.CounselorPlacements;
import org.leaps.portal.counselor.CounselorStatusChanged;
import org.leaps.portal.counselor.RosterImported;
import org.leaps.portal.geography.County;
import org.leaps.portal.geography.GeographyService;
import org.leaps.portal.geography.GreatCircle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In-memory index of every active counselor's availability plan, home county and eligibility, so
 * that "who can respond now" and the coverage map never scan tables. Loaded on first use. Every
 * node keeps its own and follows the cluster events (decision 050): an availability change, a
 * roster edit, a deactivation or an import reloads the counselors concerned from the database
 * (after commit on the node that made it, on arrival on the others) and open screens refresh; an
 * agency rename refreshes them. Rebuilt every five minutes as a safety net for changes made without
 * an event, and at once when the node missed events. Distances are county to county, so they come
 * from an 82 x 82 matrix computed once.
 */
@Component
class AvailabilityIndex {

  private static final Logger log = LoggerFactory.getLogger(AvailabilityIndex.class);

  private final CounselorAvailabilityRepository repository;
  private final CounselorPlacements placements;
  private final GeographyService geography;
  private final Clock clock;
  private final TransactionTemplate readOnly;

  /** Reads after another transaction committed (its resources may still be bound). */
  private final TransactionTemplate readFresh;

  /**
   * Open screens recount when availability changes; with hundreds of changes a second on a busy
   * day, each screen recounts at most once a second (decision 107).
   */
  private final UiBroadcaster<AvailabilityChanged> broadcaster =
      UiBroadcaster.atMostEvery(java.time.Duration.ofSeconds(1));

  private final List<Consumer<AvailabilityChanged>> plainListeners =
      new java.util.concurrent.CopyOnWriteArrayList<>();

  private volatile Geo geo;
  private volatile boolean loaded;
  // Replaced wholesale on reload, so a query never sees a half-built index.
  private volatile Map<Long, CounselorPlacement> facts = new ConcurrentHashMap<>();
  private volatile Map<Long, Entry> entries = new ConcurrentHashMap<>();
  private volatile int lastRespondingSignature;

  /**
   * One load at a time. Held while a load reads the database; the maps' own lock ({@code this}) is
   * held only to change them, never while waiting for a connection (decision 144).
   */
  private final Object loading = new Object();

  /**
   * Counselors refreshed while a load was reading, or null when none runs (guarded by {@code
   * this}): their state in the maps is at least as new as what the load read, so it is kept.
   */
  private Set<Long> refreshedWhileLoading;

  AvailabilityIndex(
      CounselorAvailabilityRepository repository,
      CounselorPlacements placements,
      GeographyService geography,
      Clock clock,
      TransactionTemplate transactionTemplate) {
    this.repository = repository;
    this.placements = placements;
    this.geography = geography;
    this.clock = clock;
    this.readOnly = new TransactionTemplate(transactionTemplate.getTransactionManager());
    this.readOnly.setReadOnly(true);
    this.readFresh = new TransactionTemplate(transactionTemplate.getTransactionManager());
    this.readFresh.setReadOnly(true);
    this.readFresh.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** A counselor who has availability settings, with the roster facts the queries need. */
  record Entry(CounselorPlacement facts, int county, AvailabilityPlan plan) {}

  /** A counselor who can respond now, with the distance from the chosen county's center. */
  record Candidate(
      long counselorId,
      long agencyId,
      double distanceKm,
      AvailabilityStatus status,
      boolean privilegeEligible,
      boolean pickMe,
      boolean quietHours,
      AvailabilityPlan plan) {

    /** The full status with its end; worked out only for the rows a page shows. */
    EffectiveStatus effective(Instant now) {
      return plan.at(now, TimeConfiguration.PROGRAM_ZONE);
    }
  }

  private record Geo(List<County> counties, Map<String, Integer> indexByFips, double[][] km) {}

  // --- queries ---------------------------------------------------------------------------------

  /** Everyone (all agencies) who can respond now, unsorted, with distance from the county. */
  List<Candidate> respondersNow(String countyFips) {
    ensureLoaded();
    double[] row = distancesFrom(countyFips);
    Instant now = clock.instant();
    LocalDateTime local = LocalDateTime.ofInstant(now, TimeConfiguration.PROGRAM_ZONE);
    int minuteOfWeek = WeeklyWindow.minuteOfWeek(local);
    LocalTime time = local.toLocalTime();
    LocalDate today = local.toLocalDate();
    List<Candidate> result = new ArrayList<>();
    for (Entry entry : entries.values()) {
      AvailabilityStatus status = entry.plan().statusAt(now, minuteOfWeek);
      if (!status.canRespond()) {
        continue;
      }
      result.add(
          new Candidate(
              entry.facts().counselorId(),
              entry.facts().agencyId(),
              row[entry.county()],
              status,
              entry.facts().privilegeEligible(today),
              entry.plan().pickMe(),
              entry.plan().inQuietHours(time),
              entry.plan()));
    }
    return result;
  }

  /** A counselor open to peer contact now (see {@link AvailabilityPlan#openToPeers}). */
  record OpenPeer(long counselorId, AvailabilityStatus status) {}

  /** Everyone (all agencies) open to peer contact now, unsorted. */
  List<OpenPeer> openToPeersNow() {
    ensureLoaded();
    Instant now = clock.instant();
    LocalDateTime local = LocalDateTime.ofInstant(now, TimeConfiguration.PROGRAM_ZONE);
    int minuteOfWeek = WeeklyWindow.minuteOfWeek(local);
    LocalTime time = local.toLocalTime();
    List<OpenPeer> result = new ArrayList<>();
    for (Entry entry : entries.values()) {
      AvailabilityStatus status = entry.plan().statusAt(now, minuteOfWeek);
      if (AvailabilityPlan.openToPeers(status, entry.plan().inQuietHours(time))) {
        result.add(new OpenPeer(entry.facts().counselorId(), status));
      }
    }
    return result;
  }

  /**
   * Counts without building a list: [0] responders whose agency {@code inScope} accepts, [1] the
   * others within {@code othersWithinKm}.
   */
  int[] countRespondersNow(
      String countyFips, java.util.function.LongPredicate inScope, double othersWithinKm) {
    ensureLoaded();
    double[] row = distancesFrom(countyFips);
    Instant now = clock.instant();
    int minuteOfWeek =
        WeeklyWindow.minuteOfWeek(LocalDateTime.ofInstant(now, TimeConfiguration.PROGRAM_ZONE));
    int[] counts = new int[2];
    for (Entry entry : entries.values()) {
      if (!entry.plan().statusAt(now, minuteOfWeek).canRespond()) {
        continue;
      }
      if (inScope.test(entry.facts().agencyId())) {
        counts[0]++;
      } else if (row[entry.county()] <= othersWithinKm) {
        counts[1]++;
      }
    }
    return counts;
  }

  private double[] distancesFrom(String countyFips) {
    Geo g = geo;
    Integer target = g.indexByFips().get(countyFips);
    if (target == null) {
      throw new AvailabilityInputException("County", "unknown FIPS code " + countyFips);
    }
    return g.km()[target];
  }

  /**
   * For every county (by FIPS), how many privilege-eligible counselors who can respond now live
   * within {@code radiusKm} great-circle of its center.
   */
  Map<String, Integer> eligibleRespondersWithin(double radiusKm) {
    ensureLoaded();
    Geo g = geo;
    int n = g.counties().size();
    int[] perCounty = respondingEligiblePerCounty(g);
    Map<String, Integer> result = new HashMap<>();
    for (int target = 0; target < n; target++) {
      int total = 0;
      for (int from = 0; from < n; from++) {
        if (perCounty[from] > 0 && g.km()[target][from] <= radiusKm) {
          total += perCounty[from];
        }
      }
      result.put(g.counties().get(target).getFips(), total);
    }
    return result;
  }

  private int[] respondingEligiblePerCounty(Geo g) {
    Instant now = clock.instant();
    LocalDateTime local = LocalDateTime.ofInstant(now, TimeConfiguration.PROGRAM_ZONE);
    LocalDate today = local.toLocalDate();
    int minuteOfWeek = WeeklyWindow.minuteOfWeek(local);
    int[] perCounty = new int[g.counties().size()];
    for (Entry entry : entries.values()) {
      if (entry.facts().privilegeEligible(today)
          && entry.plan().statusAt(now, minuteOfWeek).canRespond()) {
        perCounty[entry.county()]++;
      }
    }
    return perCounty;
  }

  /** Every active counselor with what applies now, for callout matching (no names). */
  List<PoolMember> pool() {
    ensureLoaded();
    Instant now = clock.instant();
    LocalDateTime local = LocalDateTime.ofInstant(now, TimeConfiguration.PROGRAM_ZONE);
    int minuteOfWeek = WeeklyWindow.minuteOfWeek(local);
    LocalTime time = local.toLocalTime();
    LocalDate today = local.toLocalDate();
    Map<Long, Entry> current = entries;
    List<PoolMember> result = new ArrayList<>(facts.size());
    for (CounselorPlacement f : facts.values()) {
      Entry entry = current.get(f.counselorId());
      AvailabilityPlan plan = entry == null ? AvailabilityPlan.NONE : entry.plan();
      result.add(
          new PoolMember(
              f.counselorId(),
              f.agencyId(),
              f.countyFips(),
              f.homeZip(),
              plan.statusAt(now, minuteOfWeek),
              f.privilegeEligible(today),
              plan.pickMe(),
              plan.inQuietHours(time)));
    }
    return result;
  }

  AvailabilityPlan planOf(Long counselorId) {
    ensureLoaded();
    Entry entry = entries.get(counselorId);
    return entry == null ? AvailabilityPlan.NONE : entry.plan();
  }

  Map<Long, AvailabilityPlan> plansWithStatus(AvailabilityStatus status) {
    ensureLoaded();
    Map<Long, AvailabilityPlan> result = new HashMap<>();
    entries.forEach((id, entry) -> {
      if (entry.plan().status() == status) {
        result.put(id, entry.plan());
      }
    });
    return result;
  }

  Registration subscribe(UI ui, Consumer<AvailabilityChanged> listener) {
    return broadcaster.register(ui, listener);
  }

  /** A listener outside any UI (monitoring, tests); runs on the thread that made the change. */
  Registration addListener(Consumer<AvailabilityChanged> listener) {
    plainListeners.add(listener);
    return () -> plainListeners.remove(listener);
  }

  private void announce(AvailabilityChanged change) {
    broadcaster.publish(change);
    plainListeners.forEach(listener -> listener.accept(change));
  }

  int subscriberCount() {
    return broadcaster.listenerCount();
  }

  // --- changes ---------------------------------------------------------------------------------

  /**
   * Makes sure the roster facts of this counselor are known; call inside the changing transaction.
   */
  boolean knowsActiveCounselor(Long counselorId) {
    ensureLoaded();
    if (facts.containsKey(counselorId)) {
      return true;
    }
    return placements
        .activeOne(counselorId)
        .map(f -> {
          facts.put(f.counselorId(), f);
          return true;
        })
        .orElse(false);
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(AvailabilitySettingsChanged changed) {
    refresh(changed.counselorId());
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(CounselorChanged changed) {
    refresh(changed.counselorId());
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(CounselorStatusChanged changed) {
    refresh(changed.counselorId());
  }

  /**
   * Inside the changing transaction, just before it commits: reads the counselor's new state on the
   * transaction's own connection, so the refresh after commit needs no second connection while the
   * first is still held (with every pooled connection held that way, the pool stalled under load;
   * decision 102).
   */
  @TransactionalEventListener(
      phase = TransactionPhase.BEFORE_COMMIT,
      classes = {
        AvailabilitySettingsChanged.class,
        CounselorChanged.class,
        CounselorStatusChanged.class
      })
  void readBeforeCommit(Object changed) {
    if (loaded) {
      Long counselorId = counselorIdOf(changed);
      Map<Long, Fresh> handedOver = readBeforeCommit.get();
      if (changed instanceof AvailabilitySettingsChanged
          && handedOver != null
          && handedOver.containsKey(counselorId)) {
        return; // the availability service handed over what it saved
      }
      try {
        readInThisTransaction().put(counselorId, readFresh(counselorId));
      } catch (RuntimeException e) {
        // Never fail the person's change for the index: the refresh after commit reads again.
        log.warn("Could not read counselor {} before commit; the refresh reads it", counselorId, e);
      }
    }
  }

  /**
   * After the refreshes of a commit, or after a rollback: what was read stays with that transaction
   * only.
   */
  @TransactionalEventListener(
      phase = TransactionPhase.AFTER_COMPLETION,
      classes = {
        AvailabilitySettingsChanged.class,
        CounselorChanged.class,
        CounselorStatusChanged.class
      })
  void forgetReadBeforeCommit(Object changed) {
    readBeforeCommit.remove();
  }

  /**
   * The availability service's own change, inside its transaction after it published {@link
   * AvailabilitySettingsChanged}: the plan as saved and the roster facts this index already holds
   * (an availability change never touches the roster), so the refresh after commit needs no query
   * at all. Reading the same row back before commit cost a query, a flush and the entity's
   * collections on every status change (decision 109).
   */
  void savedInThisTransaction(Long counselorId, AvailabilityPlan plan) {
    CounselorPlacement known = facts.get(counselorId);
    if (!loaded
        || known == null
        || !TransactionSynchronizationManager.isActualTransactionActive()) {
      return; // the refresh reads it, as for any other change
    }
    readInThisTransaction().put(counselorId, new Fresh(Optional.of(known), Optional.of(plan)));
  }

  /**
   * The counselor's own status change, written by one statement inside its transaction (decision
   * 127): applied after commit to the plan this index then holds, so neither the change nor the
   * refresh reads the row and its schedule. Only for a counselor this index holds an entry for.
   */
  void statusSetInThisTransaction(Long counselorId, AvailabilityStatus status, Instant until) {
    if (loaded && TransactionSynchronizationManager.isActualTransactionActive()) {
      readInThisTransaction()
          .put(
              counselorId,
              new Fresh(
                  Optional.empty(), Optional.empty(), plan -> plan.withStatus(status, until)));
    }
  }

  /** The plan this index holds for an active counselor with a county, if any. */
  Optional<AvailabilityPlan> heldPlan(Long counselorId) {
    ensureLoaded();
    Entry entry = entries.get(counselorId);
    return entry == null ? Optional.empty() : Optional.of(entry.plan());
  }

  private synchronized boolean changeHeldPlan(
      Long counselorId, UnaryOperator<AvailabilityPlan> change) {
    Entry entry = entries.get(counselorId);
    if (entry == null) {
      return false; // gone meanwhile: the caller reads the counselor as for any other change
    }
    entries.put(counselorId, new Entry(entry.facts(), entry.county(), change.apply(entry.plan())));
    noteRefreshed(counselorId);
    return true;
  }

  /** Called holding {@code this}: a load that is reading keeps this counselor's new state. */
  private void noteRefreshed(Long counselorId) {
    Set<Long> refreshed = refreshedWhileLoading;
    if (refreshed != null) {
      refreshed.add(counselorId);
    }
  }

  /** This transaction's states read before commit, created when the first one is stored. */
  private Map<Long, Fresh> readInThisTransaction() {
    Map<Long, Fresh> read = readBeforeCommit.get();
    if (read == null) {
      read = new HashMap<>();
      readBeforeCommit.set(read);
    }
    return read;
  }

  private static Long counselorIdOf(Object changed) {
    return switch (changed) {
      case AvailabilitySettingsChanged c -> c.counselorId();
      case CounselorChanged c -> c.counselorId();
      case CounselorStatusChanged c -> c.counselorId();
      default -> throw new IllegalArgumentException("not a counselor change: " + changed);
    };
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(RosterImported imported) {
    reload();
  }

  /** Names come from the database on every query: open screens only need to ask again. */
  @TransactionalEventListener(fallbackExecution = true)
  void on(AgencyRenamed renamed) {
    announce(new AvailabilityChanged(null));
  }

  @EventListener
  void on(ClusterEventsMissed missed) {
    if (loaded) {
      reload();
    }
  }

  /** A counselor's roster facts and availability plan as the database has them. */
  private record Fresh(
      Optional<CounselorPlacement> facts,
      Optional<AvailabilityPlan> plan,
      UnaryOperator<AvailabilityPlan> onHeldPlan) {

    Fresh(Optional<CounselorPlacement> facts, Optional<AvailabilityPlan> plan) {
      this(facts, plan, null);
    }
  }

  /** States read before commit on this thread, waiting for the after-commit refresh. */
  private final ThreadLocal<Map<Long, Fresh>> readBeforeCommit = new ThreadLocal<>();

  private Fresh readFresh(Long counselorId) {
    var current = placements.activeOne(counselorId);
    return new Fresh(
        current,
        current.isEmpty()
            ? Optional.empty()
            : repository.findByCounselorId(counselorId).map(CounselorAvailability::plan));
  }

  /**
   * Reloads one counselor's roster facts and availability from the database, then tells every open
   * screen. Reads the current state, so a repeated or late event does no harm.
   */
  void refresh(Long counselorId) {
    if (loaded) {
      // Read first, then take the lock only to update the maps (decision 101). Read inside the
      // changing transaction (see readBeforeCommit), or now on a connection of its
      // own when the change came without one (another node's change through the relay).
      Map<Long, Fresh> read = readBeforeCommit.get();
      Fresh fresh = read == null ? null : read.get(counselorId);
      if (fresh != null && fresh.onHeldPlan() != null) {
        if (changeHeldPlan(counselorId, fresh.onHeldPlan())) {
          announce(new AvailabilityChanged(counselorId));
          return;
        }
        fresh = null;
      }
      if (fresh == null) {
        fresh = readFresh.execute(tx -> readFresh(counselorId));
      }
      synchronized (this) {
        if (fresh.facts().isEmpty()) {
          facts.remove(counselorId);
          entries.remove(counselorId);
        } else {
          CounselorPlacement f = fresh.facts().get();
          facts.put(counselorId, f);
          Integer county = geo.indexByFips().get(f.countyFips());
          if (county == null || fresh.plan().isEmpty()) {
            entries.remove(counselorId);
          } else {
            entries.put(counselorId, new Entry(f, county, fresh.plan().get()));
          }
        }
        noteRefreshed(counselorId);
      }
    }
    // The minute tick compares who can respond with its last look; not recomputed here, because
    // scanning every counselor on each change cost more than the change (decision 107). The tick
    // after a change may announce once more, which open screens take as "look again".
    announce(new AvailabilityChanged(counselorId));
  }

  /** Rebuilds the whole index from the database, then tells every open screen. */
  void reload() {
    synchronized (loading) {
      load();
    }
    announce(new AvailabilityChanged(null));
  }

  @Scheduled(initialDelay = 300_000, fixedDelay = 300_000)
  void refreshFromRoster() {
    if (loaded) {
      synchronized (loading) {
        load();
      }
    }
  }

  /**
   * Time alone changes who can respond: schedules start and end, "until" times pass. Once a minute
   * the set of responders is compared with the last one, and open screens refresh if it changed.
   */
  @Scheduled(initialDelay = 60_000, fixedDelay = 60_000)
  void tick() {
    if (!loaded) {
      return;
    }
    int signature = respondingSignature();
    if (signature != lastRespondingSignature) {
      lastRespondingSignature = signature;
      announce(new AvailabilityChanged(null));
    }
  }

  private int respondingSignature() {
    if (!loaded) {
      return 0;
    }
    Instant now = clock.instant();
    LocalDateTime local = LocalDateTime.ofInstant(now, TimeConfiguration.PROGRAM_ZONE);
    int minuteOfWeek = WeeklyWindow.minuteOfWeek(local);
    int signature = 1;
    for (Entry entry : entries.values()) {
      AvailabilityStatus status = entry.plan().statusAt(now, minuteOfWeek);
      if (status.canRespond()) {
        signature += 31 * Long.hashCode(entry.facts().counselorId()) + status.ordinal();
      }
    }
    return signature;
  }

  private void ensureLoaded() {
    if (!loaded) {
      synchronized (loading) {
        if (!loaded) {
          load();
        }
      }
    }
  }

  /**
   * Reads every counselor without holding the maps' lock, then swaps the new maps in under it. A
   * status change holds its transaction's connection until its refresh after commit has taken that
   * lock; a load that held the lock while it waited for a connection stalled every such change
   * until the pool's ten-second timeout when the pool was busy (decision 144). Called holding
   * {@link #loading}.
   */
  private void load() {
    long started = System.nanoTime();
    Geo g = buildGeo();
    Map<Long, CounselorPlacement> newFacts = new HashMap<>();
    Map<Long, Entry> newEntries = new HashMap<>();
    synchronized (this) {
      refreshedWhileLoading = new HashSet<>();
    }
    try {
      readEverything(g, newFacts, newEntries);
      synchronized (this) {
        for (Long id : refreshedWhileLoading) {
          keepNewer(id, facts.get(id), newFacts);
          keepNewer(id, entries.get(id), newEntries);
        }
        geo = g;
        facts = new ConcurrentHashMap<>(newFacts);
        entries = new ConcurrentHashMap<>(newEntries);
        loaded = true;
      }
    } finally {
      synchronized (this) {
        refreshedWhileLoading = null;
      }
    }
    lastRespondingSignature = respondingSignature();
    log.debug(
        "Availability index: {} counselors, {} with settings, loaded in {} ms",
        newFacts.size(),
        newEntries.size(),
        (System.nanoTime() - started) / 1_000_000);
  }

  /** A refresh's state (present or gone) replaces what the load read for that counselor. */
  private static <V> void keepNewer(Long id, V refreshed, Map<Long, V> loaded) {
    if (refreshed == null) {
      loaded.remove(id);
    } else {
      loaded.put(id, refreshed);
    }
  }

  private void readEverything(
      Geo g, Map<Long, CounselorPlacement> newFacts, Map<Long, Entry> newEntries) {
    readOnly.executeWithoutResult(tx -> {
      for (CounselorPlacement f : placements.active()) {
        newFacts.put(f.counselorId(), f);
      }
      Map<Long, List<WeeklyWindow>> windows = new HashMap<>();
      for (Object[] row : repository.allWindows()) {
        windows
            .computeIfAbsent((Long) row[0], id -> new ArrayList<>())
            .add(new WeeklyWindow((DayOfWeek) row[1], (LocalTime) row[2], (LocalTime) row[3]));
      }
      Map<Long, List<DateException>> exceptions = new HashMap<>();
      for (Object[] row : repository.openExceptions(clock.instant())) {
        exceptions
            .computeIfAbsent((Long) row[0], id -> new ArrayList<>())
            .add(new DateException((ExceptionKind) row[1], (Instant) row[2], (Instant) row[3]));
      }
      for (Object[] row : repository.allSettings()) {
        Long id = (Long) row[0];
        CounselorPlacement f = newFacts.get(id);
        if (f == null) {
          continue; // not an active counselor: never a responder
        }
        var plan =
            new AvailabilityPlan(
                (AvailabilityStatus) row[1],
                (Instant) row[2],
                windows.getOrDefault(id, List.of()),
                exceptions.getOrDefault(id, List.of()),
                (LocalTime) row[3],
                (LocalTime) row[4],
                (Boolean) row[5]);
        newEntries.put(id, new Entry(f, g.indexByFips().get(f.countyFips()), plan));
      }
    });
  }

  private Geo buildGeo() {
    Geo existing = geo;
    if (existing != null) {
      return existing;
    }
    List<County> counties = geography.counties();
    Map<String, Integer> index = new HashMap<>();
    double[][] km = new double[counties.size()][counties.size()];
    for (int i = 0; i < counties.size(); i++) {
      index.put(counties.get(i).getFips(), i);
      for (int j = 0; j < counties.size(); j++) {
        County a = counties.get(i);
        County b = counties.get(j);
        km[i][j] =
            GreatCircle.distanceKm(
                a.getLatitude(), a.getLongitude(), b.getLatitude(), b.getLongitude());
      }
    }
    return new Geo(counties, index, km);
  }
}
