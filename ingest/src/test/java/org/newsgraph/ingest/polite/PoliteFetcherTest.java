package org.newsgraph.ingest.polite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsgraph.ingest.fetch.LocalServer.html;
import static org.newsgraph.ingest.fetch.LocalServer.respond;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.PageLoadException;
import org.newsgraph.ingest.fetch.FetchResult;
import org.newsgraph.ingest.fetch.FetchSettings;
import org.newsgraph.ingest.fetch.HttpFetcher;
import org.newsgraph.ingest.fetch.LocalServer;
import org.newsgraph.ingest.fetch.Validators;

class PoliteFetcherTest {

  private static final FetchSettings LOCAL =
      FetchSettings.defaults().withAllowPrivate(true).withRequestTimeout(Duration.ofSeconds(5));
  private static final PolitenessSettings NO_DELAY =
      PolitenessSettings.defaults().withHostDelay(Duration.ZERO);

  private final LocalServer server;

  PoliteFetcherTest() throws IOException {
    server = LocalServer.start();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  private static byte[] text(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private PoliteFetcher fetcher(PolitenessSettings settings, Pacer pacer) {
    return new PoliteFetcher(
        new HttpFetcher(LOCAL), settings, new MemoryValidatorStore(), pacer);
  }

  private long requestsTo(String path) {
    return server.received().stream()
        .filter(exchange -> exchange.getRequestURI().getPath().equals(path))
        .count();
  }

  @Test
  void refusesWhatRobotsTxtDisallowsAndReadsItOncePerHost() throws Exception {
    server
        .on("/robots.txt", respond(200, "text/plain", text("User-agent: *\nDisallow: /private/\n")))
        .on("/private/", html("<p>secret</p>"))
        .on("/news/", html("<p>story</p>"));
    PoliteFetcher polite = fetcher(NO_DELAY, Pacer.SYSTEM);

    assertThat(polite.fetch(server.uri("/news/a"))).isInstanceOf(FetchResult.Fetched.class);
    assertThat(polite.fetch(server.uri("/news/b"))).isInstanceOf(FetchResult.Fetched.class);
    URI secret = server.uri("/private/a");
    assertThatThrownBy(() -> polite.fetch(secret))
        .isInstanceOf(PageLoadException.class)
        .hasMessage(secret + ": disallowed by robots.txt");

    assertThat(requestsTo("/robots.txt")).isEqualTo(1);
    assertThat(requestsTo("/private/a")).isZero();
  }

  @Test
  void rulesForOurAgentOverrideTheWildcardGroup() throws Exception {
    String robots = "User-agent: *\nDisallow: /\n\nUser-agent: newsgraph\nDisallow: /drafts/\n";
    server.on("/robots.txt", respond(200, "text/plain", text(robots))).on("/", html("<p>x</p>"));
    PoliteFetcher polite = fetcher(NO_DELAY, Pacer.SYSTEM);

    assertThat(polite.fetch(server.uri("/story"))).isInstanceOf(FetchResult.Fetched.class);
    assertThatThrownBy(() -> polite.fetch(server.uri("/drafts/1")))
        .hasMessageEndingWith("disallowed by robots.txt");
  }

  @Test
  void missingRobotsTxtAllowsAndServerErrorKeepsHostOffLimits() throws Exception {
    server.on("/", html("<p>x</p>"));
    assertThat(fetcher(NO_DELAY, Pacer.SYSTEM).fetch(server.uri("/story")))
        .isInstanceOf(FetchResult.Fetched.class);

    try (LocalServer failing = LocalServer.start()) {
      failing.on("/robots.txt", respond(503, "text/plain", text("busy"))).on("/", html("<p/>"));
      URI story = failing.uri("/story");
      assertThatThrownBy(() -> fetcher(NO_DELAY, Pacer.SYSTEM).fetch(story))
          .hasMessage(
              story + ": robots.txt answered HTTP 503 Service Unavailable; host not fetched");
      assertThat(failing.received()).hasSize(1);
    }
  }

  @Test
  void spacesRequestsToOneHostByTheLongerOfOwnDelayAndCrawlDelay() throws Exception {
    server
        .on("/robots.txt", respond(200, "text/plain", text("User-agent: *\nCrawl-delay: 3\n")))
        .on("/", html("<p>x</p>"));
    FakePacer pacer = new FakePacer();
    PoliteFetcher polite =
        fetcher(PolitenessSettings.defaults().withHostDelay(Duration.ofSeconds(1)), pacer);

    polite.fetch(server.uri("/a"));
    polite.fetch(server.uri("/b"));
    polite.fetch(server.uri("/c"));

    assertThat(pacer.slept).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3));
  }

  @Test
  void ownDelayAppliesWhenRobotsTxtAsksForNone() throws Exception {
    server.on("/", html("<p>x</p>"));
    FakePacer pacer = new FakePacer();
    PoliteFetcher polite =
        fetcher(PolitenessSettings.defaults().withHostDelay(Duration.ofMillis(1500)), pacer);

    polite.fetch(server.uri("/a"));
    pacer.advance(Duration.ofMillis(500));
    polite.fetch(server.uri("/b"));

    assertThat(pacer.slept).containsExactly(Duration.ofMillis(1000));
  }

  @Test
  void keepsAtMostTheAllowedRequestsToOneHostInFlight() throws Exception {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    server.on(
        "/slow",
        exchange -> {
          most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
          try {
            Thread.sleep(100);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          inFlight.decrementAndGet();
          LocalServer.send(exchange, 200, text("<p>slow</p>"));
        });
    PoliteFetcher polite = fetcher(NO_DELAY.withMaxPerHost(2), Pacer.SYSTEM);
    ExecutorService threads = Executors.newFixedThreadPool(6);
    try {
      List<Future<FetchResult>> results = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        URI uri = server.uri("/slow?n=" + i);
        results.add(threads.submit(() -> polite.fetch(uri)));
      }
      for (Future<FetchResult> result : results) {
        assertThat(result.get()).isInstanceOf(FetchResult.Fetched.class);
      }
    } finally {
      threads.shutdownNow();
    }
    assertThat(most.get()).isBetween(1, 2);
  }

  @Test
  void asksConditionallyWithRememberedValidatorsAndReportsNotModified() throws Exception {
    server.on(
        "/story",
        exchange -> {
          String etag = exchange.getRequestHeaders().getFirst("If-None-Match");
          if ("\"v1\"".equals(etag)) {
            LocalServer.send(exchange, 304, new byte[0]);
            return;
          }
          exchange.getResponseHeaders().set("ETag", "\"v1\"");
          exchange.getResponseHeaders().set("Last-Modified", "Tue, 01 Dec 2026 10:00:00 GMT");
          LocalServer.send(exchange, 200, text("<p>story</p>"));
        });
    MemoryValidatorStore store = new MemoryValidatorStore();
    PoliteFetcher polite =
        new PoliteFetcher(new HttpFetcher(LOCAL), NO_DELAY, store, Pacer.SYSTEM);
    URI story = server.uri("/story");

    FetchResult first = polite.fetch(story);
    assertThat(first).isInstanceOf(FetchResult.Fetched.class);
    Validators validators = ((FetchResult.Fetched) first).validators();
    assertThat(validators)
        .isEqualTo(new Validators("\"v1\"", "Tue, 01 Dec 2026 10:00:00 GMT"));
    store.put(story, validators);

    assertThat(polite.fetch(story)).isEqualTo(new FetchResult.NotModified(story));
    var second = server.received().get(server.received().size() - 1).getRequestHeaders();
    assertThat(second.getFirst("If-Modified-Since")).isEqualTo("Tue, 01 Dec 2026 10:00:00 GMT");
  }

  @Test
  void refusesPrivateAddressesBeforeAnythingIsSent() throws Exception {
    PoliteFetcher polite =
        new PoliteFetcher(
            new HttpFetcher(FetchSettings.defaults()), NO_DELAY, new MemoryValidatorStore());
    URI local = server.uri("/robots-or-page");
    URI metadata = URI.create("http://169.254.169.254/latest/meta-data/");

    assertThatThrownBy(() -> polite.fetch(local))
        .hasMessage(
            local + ": refused: 127.0.0.1 is a loopback address (use --allow-private to allow)");
    assertThatThrownBy(() -> polite.fetch(metadata))
        .hasMessageContaining("refused: 169.254.169.254 is a link-local address");
    assertThat(server.received()).isEmpty();
  }

  /** A clock that moves only when asked to wait, or when a test moves it. */
  private static final class FakePacer implements Pacer {
    final List<Duration> slept = new ArrayList<>();
    private long now = 1_000_000_000L;

    @Override
    public synchronized long nanoTime() {
      return now;
    }

    @Override
    public synchronized void sleep(Duration duration) {
      slept.add(duration);
      now += duration.toNanos();
    }

    synchronized void advance(Duration duration) {
      now += duration.toNanos();
    }
  }
}
