package org.newsgraph.ingest.fetch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.newsgraph.core.Page;
import org.newsgraph.ingest.PageLoadException;
import org.newsgraph.ingest.UrlFetcher;

/** Fetches pages over http(s) within the limits of its {@link FetchSettings}. */
public final class HttpFetcher implements UrlFetcher {

  private final FetchSettings settings;
  private final HttpClient client;

  public HttpFetcher(FetchSettings settings) {
    this.settings = settings;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(settings.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Override
  public Page fetch(URI uri) throws PageLoadException {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(settings.requestTimeout())
            .header("User-Agent", settings.userAgent())
            .GET()
            .build();
    try {
      HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() >= 400) {
        throw new PageLoadException(uri.toString(), "HTTP " + response.statusCode());
      }
      String type = response.headers().firstValue("Content-Type").orElse(null);
      return new Page(uri.toString(), uri, response.body(), type);
    } catch (IOException e) {
      throw new PageLoadException(uri.toString(), "cannot fetch: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PageLoadException(uri.toString(), "interrupted");
    }
  }
}
