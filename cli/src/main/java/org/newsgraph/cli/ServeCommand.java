package org.newsgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newsgraph.extract.NewsArticleExtractor;
import org.newsgraph.extract.TimeLimitedExtractor;
import org.newsgraph.index.KnowledgeBase;
import org.newsgraph.ingest.PageLoader;
import org.newsgraph.ingest.fetch.FetchSettings;
import org.newsgraph.ingest.fetch.HttpFetcher;
import org.newsgraph.pipeline.InputSource;
import org.newsgraph.pipeline.ProgressListener;
import org.newsgraph.server.ApiServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsgraph serve}: the JSON API over the index, until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the index in --data as a JSON API (documented at /api/openapi.json) until stopped.",
      "POST /api/ingest needs a bearer token: the ingest.token property of --config, or the"
          + " NEWSGRAPH_INGEST_TOKEN environment variable; without one it is disabled."
    })
final class ServeCommand implements Callable<Integer> {

  static final String TOKEN_PROPERTY = "ingest.token";
  static final String TOKEN_VARIABLE = "NEWSGRAPH_INGEST_TOKEN";

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

  @Option(names = "--config", paramLabel = "FILE", description = "Properties file (ingest.token).")
  Path config;

  @Option(
      names = "--allow-private",
      description = "Let POST /api/ingest fetch loopback and private network addresses.")
  boolean allowPrivate;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (port < 0 || port > 65_535) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--port must be from 0 to 65535, not " + port);
    }
    String token = token();
    FetchSettings settings = FetchSettings.defaults().withAllowPrivate(allowPrivate);
    PageLoader loader =
        new PageLoader(
            new HttpFetcher(settings), settings.maxBytes(), InputStream.nullInputStream());
    IngestRuns runs =
        new IngestRuns(
            data.data,
            new TimeLimitedExtractor(new NewsArticleExtractor(), Duration.ofSeconds(10)),
            new LazyReading(),
            1);
    CountDownLatch stopped = new CountDownLatch(1);
    try (KnowledgeBase kb = KnowledgeBase.open(data.data);
        ApiServer server =
            new ApiServer(
                    kb,
                    token,
                    sources -> runs.run(sources, ProgressListener.SILENT),
                    url -> new InputSource(url, loader))
                .start(host, port)) {
      PrintWriter out = spec.commandLine().getOut();
      out.printf(
          "NewsGraph API at http://%s:%d/api/search (%d articles in %s; ingest over the API %s)%n",
          host,
          server.port(),
          kb.articleCount(),
          data.data,
          token == null ? "disabled" : "enabled");
      out.flush();
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
      stopped.await();
    }
    return 0;
  }

  private String token() throws IOException {
    if (config != null) {
      Properties properties = new Properties();
      try (InputStream in = Files.newInputStream(config)) {
        properties.load(in);
      } catch (IOException e) {
        throw new IOException(config + ": cannot read: " + e.getMessage(), e);
      }
      String token = properties.getProperty(TOKEN_PROPERTY);
      if (token != null && !token.isBlank()) {
        return token.strip();
      }
    }
    String fromEnvironment = System.getenv(TOKEN_VARIABLE);
    return fromEnvironment == null || fromEnvironment.isBlank() ? null : fromEnvironment.strip();
  }
}
