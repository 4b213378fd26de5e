package org.newsgraph.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.index.KnownEntity;
import org.newsgraph.index.query.DateRange;
import org.newsgraph.server.watch.Alert;
import org.newsgraph.server.watch.AlertFinder;
import org.newsgraph.server.watch.Digest;
import org.newsgraph.server.watch.DigestMaker;
import org.newsgraph.server.watch.DigestMode;
import org.newsgraph.server.watch.DigestSchedule;
import org.newsgraph.server.watch.Rule;
import org.newsgraph.server.watch.RuleKind;
import org.newsgraph.server.watch.Watchlist;
import org.newsgraph.server.watch.WatchlistStore;

class WatchlistAlertsTest {

  @TempDir static Path dir;
  static WebWorld world;
  static AlertFinder finder;

  @BeforeAll
  static void serve() throws IOException {
    world = WebWorld.start(dir, null);
    finder = new AlertFinder(world.kb);
  }

  @AfterAll
  static void stop() throws IOException {
    world.close();
  }

  @Test
  void busyDayCountsSyndicatedCopiesOnce() throws IOException {
    KnownEntity tanaka = world.entity("Aiko Tanaka");
    List<Alert> two = finder.find(list(busy(tanaka, 2)), DateRange.any());
    assertThat(two).extracting(Alert::date, Alert::weight)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 3, 5), 2));
    assertThat(finder.find(list(busy(tanaka, 3)), DateRange.any())).isEmpty();
  }

  @Test
  void firstContactIsTheEarliestEventThatHappened() throws IOException {
    KnownEntity tanaka = world.entity("Aiko Tanaka");
    KnownEntity berg = world.entity("Lars Berg");
    Rule first = new Rule(RuleKind.FIRST_CONTACT, tanaka.id(), tanaka.name(), berg.id(),
        berg.name(), null, null, 0);
    List<Alert> alerts = finder.find(list(first), DateRange.any());
    assertThat(alerts).hasSize(1);
    assertThat(alerts.get(0).date()).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(alerts.get(0).title()).doesNotContain("did not");
  }

  @Test
  void eventRuleFindsEveryEventOfTheTypeInTheRange() throws IOException {
    KnownEntity berg = world.entity("Lars Berg");
    Rule consult = new Rule(RuleKind.EVENT, berg.id(), berg.name(), null, null, null, "CONSULT", 0);
    assertThat(finder.find(list(consult), DateRange.any())).extracting(Alert::date)
        .containsExactly(LocalDate.of(2024, 4, 20), LocalDate.of(2024, 3, 5));
    assertThat(finder.find(list(consult), new DateRange(LocalDate.of(2024, 4, 1), null)))
        .hasSize(1);
  }

  @Test
  void mondayDigestCoversTheWeekendWhenTheWeekendHasNone() throws IOException {
    Map<DayOfWeek, DigestMode> days = new EnumMap<>(DayOfWeek.class);
    days.put(DayOfWeek.MONDAY, DigestMode.FULL);
    days.put(DayOfWeek.FRIDAY, DigestMode.FULL);
    DigestSchedule schedule = new DigestSchedule(days);
    assertThat(schedule.coversFrom(LocalDate.of(2024, 3, 11))).isEqualTo(LocalDate.of(2024, 3, 9));
    assertThat(schedule.modeOn(LocalDate.of(2024, 3, 10))).isEqualTo(DigestMode.NONE);
  }

  @Test
  void weekendSelectionKeepsTheBestSupportedAlerts() throws IOException {
    KnownEntity bergen = world.entity("Bergen");
    Rule busy = busy(bergen, 1);
    Watchlist w = new Watchlist("w1", "Ports", "2024-01-01",
        DigestSchedule.weekdaysAndWeekendSelection(), null, List.of(busy));
    DigestMaker maker = new DigestMaker(finder);
    Digest saturday = maker.make(w, LocalDate.of(2024, 2, 17));
    assertThat(saturday.mode()).isEqualTo(DigestMode.SELECTION);
    assertThat(saturday.from()).isEqualTo(LocalDate.of(2024, 2, 17));
    Digest month = new DigestMaker(finder).make(new Watchlist("w2", "Ports", "2024-01-01",
        new DigestSchedule(Map.of(DayOfWeek.WEDNESDAY, DigestMode.SELECTION)), null,
        List.of(busy)), LocalDate.of(2024, 2, 28));
    assertThat(month.total()).isGreaterThan(DigestMaker.SELECTION_SIZE);
    assertThat(month.alerts()).hasSize(DigestMaker.SELECTION_SIZE);
    int weakestKept = month.alerts().stream().mapToInt(Alert::weight).min().orElseThrow();
    assertThat(weakestKept).isGreaterThanOrEqualTo(1);
  }

  @Test
  void storeKeepsWatchlistsAcrossRestarts(@TempDir Path data) throws IOException {
    KnownEntity berg = world.entity("Lars Berg");
    Rule quotes = new Rule(RuleKind.QUOTE, berg.id(), berg.name(), null, null, null, null, 0);
    Watchlist made = new WatchlistStore(data).create("Berg", "2024-03-06",
        DigestSchedule.weekdaysAndWeekendSelection(), "a@example.org", List.of(quotes));
    Watchlist read = new WatchlistStore(data).get(made.id());
    assertThat(read).isEqualTo(made);
  }

  private static Rule busy(KnownEntity e, int sources) {
    return new Rule(RuleKind.BUSY, e.id(), e.name(), null, null, null, null, sources);
  }

  private static Watchlist list(Rule rule) {
    return new Watchlist("w0", "test", "2024-01-01", DigestSchedule.weekdaysAndWeekendSelection(),
        null, List.of(rule));
  }
}
