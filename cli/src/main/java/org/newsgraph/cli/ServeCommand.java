package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newsgraph.extract.NewsArticleExtractor;
import org.newsgraph.extract.TimeLimitedExtractor;
import org.newsgraph.index.KnowledgeBase;
import org.newsgraph.ingest.fetch.FetchSettings;
import org.newsgraph.ingest.polite.PolitenessSettings;
import org.newsgraph.pipeline.ProgressListener;
import org.newsgraph.pipeline.SourcePages;
import org.newsgraph.server.ApiServer;
import org.newsgraph.server.watch.SmtpSettings;
import org.newsgraph.server.web.WebSettings;
import org.newsgraph.server.web.DigestTimer;
import org.newsgraph.server.web.WebUi;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsgraph serve}: the web UI and the JSON API over the index, until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the index in --data until stopped: the web UI (search, articles, entities, pairs,"
          + " quotes, ingest status, watchlists) at /search, and the JSON API documented at"
          + " /api/openapi.json.",
      "--config names a properties file: ingest.token is the bearer token that POST /api/ingest"
          + " and the watchlist API need (else the NEWSGRAPH_INGEST_TOKEN environment variable;"
          + " without one they are disabled); smtp.host, smtp.port (587), smtp.from,"
          + " smtp.username, smtp.password and smtp.starttls (true) configure sending digests by"
          + " email, which is off without smtp.host; each day's digests go out at digest.time"
          + " (07:00)."
    })
final class ServeCommand implements Callable<Integer> {

  @Mixin DataOption data;

  @Option(
      names = "--port",
      defaultValue = "8080",
      paramLabel = "PORT",
      description = "The port (default: ${DEFAULT-VALUE}; 0 for any free port).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      paramLabel = "HOST",
      description = "The address to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Properties file (ingest.token, smtp.*).")
  Path config;

  @Option(
      names = "--allow-private",
      description = "Let POST /api/ingest fetch loopback and private network addresses.")
  boolean allowPrivate;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private String token;
  private SmtpSettings smtp;

  @Override
  public Integer call() throws IOException, InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    try (Serving serving = start()) {
      PrintWriter out = spec.commandLine().getOut();
      String base = "http://" + host + ":" + serving.port();
      out.printf(
          "NewsGraph at %s/search (API at %s/api/search; %d articles in %s; ingest over the API"
              + " %s; digests by email %s)%n",
          base,
          base,
          serving.articles(),
          data.data,
          token == null ? "disabled" : "enabled",
          smtp == null ? "off" : "through " + smtp.host());
      out.flush();
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
      stopped.await();
    }
    return 0;
  }

  /** Checks the options, opens the index and starts serving it. */
  Serving start() throws IOException {
    if (port < 0 || port > 65_535) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--port must be from 0 to 65535, not " + port);
    }
    ServeConfig settings = ServeConfig.load(config);
    token = settings.token();
    smtp = settings.smtp();
    IngestRuns runs =
        new IngestRuns(
            data.data,
            new TimeLimitedExtractor(new NewsArticleExtractor(), Duration.ofSeconds(10)),
            new LazyReading(),
            1);
    SourceIngest ingest =
        SourceIngest.open(
            data.data,
            FetchSettings.defaults().withAllowPrivate(allowPrivate),
            PolitenessSettings.defaults(),
            runs);
    KnowledgeBase kb = null;
    try {
      kb = KnowledgeBase.open(data.data);
      WebUi web = new WebUi(kb, new WebSettings(data.data, token, smtp, Clock.systemUTC()));
      ApiServer server =
          new ApiServer(
                  kb,
                  token,
                  ingest.log().recording(sources -> runs.run(sources, ProgressListener.SILENT)),
                  url -> new SourcePages(ingest.sources().open(url)))
              .with(web::register)
              .start(host, port);
      DigestTimer digests =
          smtp == null
              ? null
              : web.sendDigestsDaily(
                  settings.digestTime(),
                  "http://" + host + ":" + server.port(),
                  problem -> System.err.println("newsgraph serve: " + problem));
      return new Serving(ingest, kb, server, digests);
    } catch (IOException | RuntimeException e) {
      if (kb != null) {
        kb.close();
      }
      ingest.close();
      throw e;
    }
  }
}
