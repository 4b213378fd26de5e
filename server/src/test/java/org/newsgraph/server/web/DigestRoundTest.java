package org.newsgraph.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.server.watch.DigestMode;
import org.newsgraph.server.watch.SmtpSettings;
import org.newsgraph.server.watch.WatchlistStore;

class DigestRoundTest {

  private static final LocalDate TUESDAY = LocalDate.of(2024, 3, 5);

  @TempDir Path dir;

  @Test
  void eachScheduledDigestIsSentOnceEvenAfterARestart() throws Exception {
    GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    try (WebWorld world = WebWorld.start(dir, null)) {
      SmtpSettings settings = new SmtpSettings("127.0.0.1", smtp.getSmtp().getPort(),
          "newsgraph@example.org", null, null, false);
      Watchlists watchlists = watchlists(world, settings);
      watchlists.create("Summit", Map.of(DayOfWeek.TUESDAY, DigestMode.FULL),
          "analyst@example.org",
          List.of(watchlists.rule("quote", "Lars Berg", null, null, null, null)));
      watchlists.create("No address", Map.of(DayOfWeek.TUESDAY, DigestMode.FULL), null,
          List.of(watchlists.rule("quote", "Lars Berg", null, null, null, null)));

      DigestRound.Outcome first = new DigestRound(watchlists, new SentDigests(dir)).send(TUESDAY, "");
      DigestRound.Outcome again = new DigestRound(watchlists, new SentDigests(dir)).send(TUESDAY, "");
      DigestRound.Outcome wednesday =
          new DigestRound(watchlists, new SentDigests(dir)).send(TUESDAY.plusDays(1), "");

      assertThat(first).isEqualTo(new DigestRound.Outcome(1, List.of()));
      assertThat(again.sent()).isZero();
      assertThat(wednesday.sent()).isZero();
      assertThat(smtp.getReceivedMessages()).hasSize(1);
      assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("Summit digest, 2024-03-05");
    } finally {
      smtp.stop();
    }
  }

  @Test
  void aDigestThatCannotBeSentIsReportedAndTriedAgainLater() throws Exception {
    try (WebWorld world = WebWorld.start(dir, null)) {
      SmtpSettings nowhere = new SmtpSettings("127.0.0.1", 1, "newsgraph@example.org", null, null,
          false);
      Watchlists watchlists = watchlists(world, nowhere);
      watchlists.create("Summit", Map.of(DayOfWeek.TUESDAY, DigestMode.FULL),
          "analyst@example.org",
          List.of(watchlists.rule("quote", "Lars Berg", null, null, null, null)));
      DigestRound round = new DigestRound(watchlists, new SentDigests(dir));

      DigestRound.Outcome failed = round.send(TUESDAY, "");

      assertThat(failed.sent()).isZero();
      assertThat(failed.failures()).singleElement().asString()
          .startsWith("digest of watchlist w").contains("for 2024-03-05 not sent");
      assertThat(round.send(TUESDAY, "").failures()).hasSize(1);
    }
  }

  private Watchlists watchlists(WebWorld world, SmtpSettings smtp) throws Exception {
    return new Watchlists(world.kb, new WatchlistStore(dir),
        new WebSettings(dir, null, smtp, Clock.systemUTC()));
  }
}
