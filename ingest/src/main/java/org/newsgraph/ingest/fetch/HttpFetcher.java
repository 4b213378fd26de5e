package org.newsgraph.ingest.fetch;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.newsgraph.core.Page;
import org.newsgraph.ingest.PageLoadException;
import org.newsgraph.ingest.UrlFetcher;

/**
 * Fetches pages over http(s) within the limits of its {@link FetchSettings}: every address, the
 * first and each redirect's, passes the {@link AddressGuard} before it is requested; redirects are
 * followed here, not by the client, so that they can be checked; one deadline covers the whole
 * fetch, body included; the body is capped while it streams in and again once decoded. Connections
 * are direct (no proxy), so the address checked is the address connected to.
 *
 * <p>Conditional requests send the {@link Validators} of a known version and get {@link
 * FetchResult.NotModified} when the server answers 304. The page's {@code source} is the address
 * as given, its {@code url} the address finally read, its {@code contentType} the server's header,
 * charset included. Safe to share between threads.
 */
public final class HttpFetcher implements UrlFetcher {

  private static final int NOT_MODIFIED = 304;
  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
  private static final String ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5";

  private final FetchSettings settings;
  private final AddressGuard guard;
  private final HttpClient client;
  private final ClientFailures failures;

  public HttpFetcher(FetchSettings settings) {
    this(settings, HostResolver.SYSTEM);
  }

  /**
   * A fetcher whose guard checks addresses as {@code resolver} resolves them, for tests: the HTTP
   * client still connects through the system resolver.
   */
  HttpFetcher(FetchSettings settings, HostResolver resolver) {
    this.settings = settings;
    this.guard = new AddressGuard(resolver, settings.allowPrivate());
    this.failures = new ClientFailures(settings.connectTimeout());
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(settings.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .proxy(HttpClient.Builder.NO_PROXY)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  @Override
  public Page fetch(URI uri) throws PageLoadException {
    FetchResult result = fetch(uri, Validators.NONE);
    if (result instanceof FetchResult.Fetched fetched) {
      return fetched.page();
    }
    throw new HttpStatusException(uri.toString(), StatusText.of(NOT_MODIFIED), NOT_MODIFIED);
  }

  /**
   * Checks, without fetching, that {@code uri} is an http(s) address on a host the address guard
   * allows; throws with the reason ("refused: 127.0.0.1 is a loopback address ...") when not.
   */
  public void checkAddress(URI uri) throws PageLoadException {
    try {
      requireHttp(uri);
      guard.check(uri, Deadline.after(settings.requestTimeout()));
    } catch (FetchProblem problem) {
      throw new PageLoadException(uri.toString(), problem.getMessage(), problem.getCause());
    }
  }

  /**
   * The page at {@code uri}, asked for on condition that it changed since the version {@code
   * known} identifies; a 304 answer is {@link FetchResult.NotModified}. A failure status throws
   * {@link HttpStatusException}, any other failure {@link PageLoadException}.
   */
  public FetchResult fetch(URI uri, Validators known) throws PageLoadException {
    try {
      return follow(uri, known);
    } catch (FetchProblem problem) {
      if (problem.status() != 0) {
        throw new HttpStatusException(uri.toString(), problem.getMessage(), problem.status());
      }
      throw new PageLoadException(uri.toString(), problem.getMessage(), problem.getCause());
    }
  }

  private FetchResult follow(URI start, Validators known) throws FetchProblem {
    Deadline deadline = Deadline.after(settings.requestTimeout());
    RedirectTrail trail = new RedirectTrail(start, settings.maxRedirects());
    URI current = start;
    while (true) {
      HttpResponse<byte[]> response;
      try {
        response = exchange(current, known, deadline);
      } catch (FetchProblem problem) {
        throw atHop(problem, start, current);
      }
      Optional<String> location = response.headers().firstValue("Location");
      if (response.statusCode() == NOT_MODIFIED && !known.isEmpty()) {
        return new FetchResult.NotModified(current);
      }
      if (!REDIRECTS.contains(response.statusCode()) || location.isEmpty()) {
        try {
          return fetched(start, current, response);
        } catch (FetchProblem problem) {
          throw atHop(problem, start, current);
        }
      }
      current = trail.next(current, location.get());
    }
  }

  private HttpResponse<byte[]> exchange(URI uri, Validators known, Deadline deadline)
      throws FetchProblem {
    requireHttp(uri);
    guard.check(uri, deadline);
    CompletableFuture<HttpResponse<byte[]>> pending;
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(uri)
              .timeout(deadline.require())
              .header("User-Agent", settings.userAgent())
              .header("Accept", ACCEPT)
              .header("Accept-Encoding", "gzip")
              .GET();
      known.etagValue().ifPresent(etag -> request.header("If-None-Match", etag));
      known.lastModifiedValue().ifPresent(date -> request.header("If-Modified-Since", date));
      pending = client.sendAsync(request.build(), new BoundedBody(settings.maxBytes()));
    } catch (IllegalArgumentException e) {
      throw new FetchProblem("invalid URL: " + e.getMessage(), e);
    }
    try {
      return pending.get(deadline.require().toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      pending.cancel(true);
      throw deadline.expired();
    } catch (InterruptedException e) {
      pending.cancel(true);
      Thread.currentThread().interrupt();
      throw new FetchProblem("interrupted", e);
    } catch (ExecutionException e) {
      throw failures.describe(e.getCause(), deadline);
    }
  }

  private FetchResult.Fetched fetched(URI start, URI url, HttpResponse<byte[]> response)
      throws FetchProblem {
    if (response.statusCode() / 100 != 2) {
      throw FetchProblem.status(response.statusCode());
    }
    String encoding = response.headers().firstValue("Content-Encoding").orElse(null);
    byte[] content = ContentDecoding.decode(encoding, response.body(), settings.maxBytes());
    String type = response.headers().firstValue("Content-Type").orElse(null);
    Validators validators =
        new Validators(
            response.headers().firstValue("ETag").orElse(null),
            response.headers().firstValue("Last-Modified").orElse(null));
    return new FetchResult.Fetched(
        new Page(start.toString(), url, content, type), validators, Instant.now());
  }

  private static void requireHttp(URI uri) throws FetchProblem {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchProblem("only http and https URLs can be fetched, not " + scheme);
    }
  }

  /** A problem met after a redirect names the address it was met at. */
  private static FetchProblem atHop(FetchProblem problem, URI start, URI current) {
    if (current.equals(start)) {
      return problem;
    }
    return problem.at("redirected to " + current);
  }
}
