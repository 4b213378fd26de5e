package org.newsgraph.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.server.watch.SmtpSettings;
import org.newsgraph.server.watch.Watchlist;

class DigestMailTest {

  @TempDir Path dir;

  @Test
  void digestIsSentThroughTheConfiguredSmtpServer() throws Exception {
    GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    try (WebWorld world = WebWorld.start(dir, new SmtpSettings("127.0.0.1",
        smtp.getSmtp().getPort(), "newsgraph@example.org", null, null, false))) {
      String made = HttpSend.post(world.base + "/api/watchlists", WebWorld.TOKEN,
          "{\"name\": \"Summit\", \"email\": \"analyst@example.org\","
              + " \"schedule\": {\"tuesday\": \"full\"},"
              + " \"rules\": [{\"kind\": \"event\", \"entity\": \"Aiko Tanaka\","
              + " \"action\": \"meet\"}]}", 201);
      String id = made.replaceAll("(?s).*\"id\":\"(w[0-9a-f]+)\".*", "$1");
      HttpSend.post(world.base + "/api/watchlists/" + id + "/digest?date=2024-03-05",
          WebWorld.TOKEN, "", 200);
      MimeMessage[] received = smtp.getReceivedMessages();
      assertThat(received).hasSize(1);
      assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("analyst@example.org");
      assertThat(received[0].getSubject()).isEqualTo("Summit digest, 2024-03-05");
      String body = GreenMailUtil.getBody(received[0]);
      assertThat(body).contains("Aiko Tanaka meet Lars Berg (CONSULT)")
          .contains("text/html").contains("1 alerts from 2024-02-28 to 2024-03-05");
    } finally {
      smtp.stop();
    }
  }

  @Test
  void sendingWithoutAnSmtpServerIsRefusedClearly() throws Exception {
    try (WebWorld world = WebWorld.start(dir, null)) {
      Watchlists watchlists = new Watchlists(world.kb, new org.newsgraph.server.watch
          .WatchlistStore(dir), new WebSettings(dir, null, null, java.time.Clock.systemUTC()));
      Watchlist w = watchlists.create("Summit", Map.of(), "analyst@example.org",
          List.of(watchlists.rule("quote", "Lars Berg", null, null, null, null)));
      assertThat(org.assertj.core.api.Assertions.catchThrowable(
          () -> watchlists.send(w, LocalDate.of(2024, 3, 5), "")))
          .isInstanceOf(BadInput.class).hasMessage("sending is off: no SMTP server is configured");
    }
  }
}
