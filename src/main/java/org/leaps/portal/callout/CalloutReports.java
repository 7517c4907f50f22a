package org.leaps.portal.callout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.leaps.portal.agency.AgencyService;
import org.leaps.portal.base.TimeConfiguration;
import org.leaps.portal.geography.County;
import org.leaps.portal.geography.GeographyService;
import org.leaps.portal.geography.Region;
import org.leaps.portal.security.AccessScope;
import org.leaps.portal.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Callout reports: the director statewide, staff statewide, a liaison for their own agencies (the
 * scope is applied in the query). CSV export and the printable page suppress counts 1 to 4.
 */
@Service
@Transactional(readOnly = true)
public class CalloutReports {

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.US);

  private final CalloutRepository callouts;
  private final CalloutOfferRepository offers;
  private final AgencyService agencies;
  private final GeographyService geography;
  private final CurrentUser currentUser;
  private final Clock clock;

  CalloutReports(
      CalloutRepository callouts,
      CalloutOfferRepository offers,
      AgencyService agencies,
      GeographyService geography,
      CurrentUser currentUser,
      Clock clock) {
    this.callouts = callouts;
    this.offers = offers;
    this.agencies = agencies;
    this.geography = geography;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /** The report for callouts requested from {@code from} up to, not including, {@code to}. */
  @PreAuthorize("hasAnyRole('DIRECTOR', 'STAFF', 'LIAISON')")
  public CalloutReport report(LocalDate from, LocalDate toExclusive) {
    if (from == null || toExclusive == null || !from.isBefore(toExclusive)) {
      throw new CalloutInputException("Period", "the start must be before the end");
    }
    AccessScope scope = currentUser.scope();
    List<Callout> list =
        callouts.requestedBetween(
            start(from), start(toExclusive), scope.statewide(), scope.agencyIdsForQuery());
    Map<String, County> counties = geography.countiesByFips();
    Map<String, String> regions = new HashMap<>();
    for (Region r : geography.regions()) {
      regions.put(r.getCode(), r.getName());
    }
    Map<Long, String> agencyNames = new HashMap<>();
    agencies
        .findAllById(list.stream().map(Callout::getRequestingAgencyId).distinct().toList())
        .forEach(a -> agencyNames.put(a.getId(), a.getName()));

    var byMonth = new TreeMap<YearMonth, Integer>();
    for (YearMonth m = YearMonth.from(from);
        !m.atDay(1).isAfter(toExclusive.minusDays(1));
        m = m.plusMonths(1)) {
      byMonth.put(m, 0);
    }
    list.forEach(c ->
        byMonth.merge(
            YearMonth.from(c.getRequestedAt().atZone(TimeConfiguration.PROGRAM_ZONE)),
            1,
            Integer::sum));
    List<CalloutReport.Count> months = new ArrayList<>();
    byMonth.forEach((m, n) -> months.add(new CalloutReport.Count(m.format(MONTH), n)));

    List<Duration> toAccept = new ArrayList<>();
    List<Duration> toScene = new ArrayList<>();
    for (Callout c : list) {
      if (c.getFirstAcceptedAt() != null) {
        toAccept.add(Duration.between(c.getRequestedAt(), c.getFirstAcceptedAt()));
      }
      if (c.getFirstOnSceneAt() != null) {
        toScene.add(Duration.between(c.getRequestedAt(), c.getFirstOnSceneAt()));
      }
    }
    return new CalloutReport(
        from,
        toExclusive,
        list.size(),
        months,
        counted(list, c -> c.getCategory().label()),
        counted(
            list,
            c -> regions.getOrDefault(counties.get(c.getCountyFips()).getRegion().getCode(), "")),
        counted(list, c -> agencyNames.getOrDefault(c.getRequestingAgencyId(), "")),
        times(toAccept),
        times(toScene),
        counselorHours(list));
  }

  /** Writes the report as CSV with counts 1 to 4 shown as "<5". */
  @PreAuthorize("hasAnyRole('DIRECTOR', 'STAFF', 'LIAISON')")
  public void exportCsv(CalloutReport report, Writer out) {
    try (var csv =
        new CSVPrinter(
            out, CSVFormat.DEFAULT.builder().setHeader("section", "label", "value").get())) {
      csv.printRecord("period", report.from() + " to " + report.toExclusive().minusDays(1), "");
      csv.printRecord("total", "callouts", CalloutReport.suppressed(report.callouts()));
      for (var section :
          List.of(
              Map.entry("month", report.byMonth()),
              Map.entry("category", report.byCategory()),
              Map.entry("region", report.byRegion()),
              Map.entry("agency", report.byAgency()))) {
        for (CalloutReport.Count count : section.getValue()) {
          csv.printRecord(
              section.getKey(), safe(count.label()), CalloutReport.suppressed(count.count()));
        }
      }
      timesRows(csv, "request to first acceptance", report.toFirstAcceptance());
      timesRows(csv, "request to first on scene", report.toFirstOnScene());
      csv.printRecord(
          "counselor hours", "total", String.format(Locale.US, "%.1f", report.counselorHours()));
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void timesRows(CSVPrinter csv, String label, CalloutReport.Times t)
      throws IOException {
    csv.printRecord(label, "callouts", CalloutReport.suppressed(t.n()));
    csv.printRecord(label, "median minutes", minutes(t.median()));
    csv.printRecord(label, "p90 minutes", minutes(t.p90()));
  }

  static String minutes(Duration d) {
    return d == null ? "" : String.format(Locale.US, "%.1f", d.toMillis() / 60000.0);
  }

  /** Spreadsheet formulas never start a cell. */
  private static String safe(String text) {
    return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }

  private static List<CalloutReport.Count> counted(
      Collection<Callout> list, Function<Callout, String> key) {
    Map<String, Integer> counts = new TreeMap<>();
    list.forEach(c -> counts.merge(key.apply(c), 1, Integer::sum));
    List<CalloutReport.Count> result = new ArrayList<>();
    counts.forEach((k, n) -> result.add(new CalloutReport.Count(k, n)));
    result.sort((a, b) -> Integer.compare(b.count(), a.count()));
    return result;
  }

  static CalloutReport.Times times(List<Duration> durations) {
    if (durations.isEmpty()) {
      return new CalloutReport.Times(0, null, null);
    }
    List<Duration> sorted = new ArrayList<>(durations);
    sorted.sort(null);
    return new CalloutReport.Times(sorted.size(), percentile(sorted, 50), percentile(sorted, 90));
  }

  /** Nearest-rank percentile. */
  private static Duration percentile(List<Duration> sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  private double counselorHours(List<Callout> list) {
    if (list.isEmpty()) {
      return 0;
    }
    Map<Long, Callout> byId = new HashMap<>();
    list.forEach(c -> byId.put(c.getId(), c));
    Instant now = clock.instant();
    double hours = 0;
    for (CalloutOffer o : offers.findByCalloutIdIn(byId.keySet())) {
      if (o.getRespondedAt() == null || (o.getResponse() != OfferResponse.ACCEPTED)) {
        continue;
      }
      Callout c = byId.get(o.getCalloutId());
      Instant end =
          o.getClearedAt() != null
              ? o.getClearedAt()
              : c.getClosedAt() != null ? c.getClosedAt() : now;
      hours += Math.max(0, Duration.between(o.getRespondedAt(), end).toSeconds()) / 3600.0;
    }
    return hours;
  }

  private static Instant start(LocalDate day) {
    return day.atStartOfDay(TimeConfiguration.PROGRAM_ZONE).toInstant();
  }
}
