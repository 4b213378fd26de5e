package org.newsgraph.ingest.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.newsgraph.ingest.Input;
import org.newsgraph.ingest.Inputs;
import org.newsgraph.ingest.PageLoadException;
import org.newsgraph.ingest.fetch.FetchResult;
import org.newsgraph.ingest.polite.PoliteFetcher;

/**
 * Opens SOURCE arguments as {@link Source}s. What a source is comes from an explicit kind when
 * given, else from the argument: a directory; a file by its extension ({@code .warc}, {@code
 * .warc.gz}) and its first bytes (see {@link SourceSniffer}); a URL by the content it serves, so
 * it is fetched once whatever it turns out to be. Every URL, the source's and those it lists, goes
 * through the {@link PoliteFetcher}. Opening never fails: an unusable argument is a source whose
 * one item is its failure. Safe to share between threads; each source is for one thread.
 */
public final class Sources {

  private final PoliteFetcher fetcher;
  private final SourceLimits limits;

  public Sources(PoliteFetcher fetcher, SourceLimits limits) {
    this.fetcher = fetcher;
    this.limits = limits;
  }

  /** The source {@code argument} names, of the kind its content shows. */
  public Source open(String argument) {
    return open(argument, Optional.empty());
  }

  /** The source {@code argument} names, read as {@code kind} when one is given. */
  public Source open(String argument, Optional<SourceKind> kind) {
    if (argument.isBlank() || argument.equals("-")) {
      return new FailedSource(argument, "name a file, directory or http(s) URL");
    }
    if (argument.contains("://")) {
      Input input = Inputs.expand(List.of(argument)).get(0);
      if (input instanceof Input.Url url) {
        return urlSource(argument, url.uri(), kind);
      }
      return new FailedSource(argument, ((Input.Unusable) input).problem());
    }
    Path path;
    try {
      path = Path.of(argument);
    } catch (InvalidPathException e) {
      return new FailedSource(argument, "invalid path: " + e.getReason());
    }
    if (Files.isDirectory(path)) {
      return kind.isEmpty() || kind.get() == SourceKind.DIRECTORY
          ? new PageFileSource(argument, SourceKind.DIRECTORY, limits.maxBytes())
          : new FailedSource(argument, "a directory cannot be read as " + kind.get().label());
    }
    if (!Files.isRegularFile(path)) {
      return new PageFileSource(argument, SourceKind.PAGE, limits.maxBytes());
    }
    SourceKind fileKind;
    try {
      fileKind = kind.isPresent() ? kind.get() : detect(path);
    } catch (IOException e) {
      return new FailedSource(argument, "cannot read: " + Problems.oneLine(e));
    }
    return fileSource(argument, path, fileKind);
  }

  /** What the file at {@code path} is, by its extension and first bytes. */
  public static SourceKind detect(Path path) throws IOException {
    String lower = String.valueOf(path.getFileName()).toLowerCase(Locale.ROOT);
    if (lower.endsWith(".warc") || lower.endsWith(".warc.gz")) {
      return SourceKind.WARC;
    }
    return SourceSniffer.sniff(head(path), null);
  }

  private Source fileSource(String name, Path path, SourceKind kind) {
    switch (kind) {
      case WARC -> {
        return new WarcSource(name, path, limits.maxBytes());
      }
      case FEED, SITEMAP, URL_LIST -> {
        PendingValidators pending = new PendingValidators(fetcher.validators());
        return new LinkSource(
            name, kind, () -> openFile(name, path, kind, pending), fetcher, pending);
      }
      case DIRECTORY -> {
        return new FailedSource(name, "not a directory");
      }
      default -> {
        return new PageFileSource(name, SourceKind.PAGE, limits.maxBytes());
      }
    }
  }

  private LinkSource.Opened openFile(
      String name, Path path, SourceKind kind, PendingValidators pending) {
    try {
      byte[] content = Documents.read(name, path, limits.maxBytes());
      return new LinkSource.Opened(
          kind, List.of(), links(name, kind, content, path.toUri(), null, pending));
    } catch (PageLoadException e) {
      return LinkSource.Opened.failed(name, e.problem());
    }
  }

  private Source urlSource(String name, URI uri, Optional<SourceKind> kind) {
    if (kind.isPresent() && (kind.get() == SourceKind.WARC || kind.get() == SourceKind.DIRECTORY)) {
      return new FailedSource(name, kind.get().label() + " sources must be local files");
    }
    PendingValidators pending = new PendingValidators(fetcher.validators());
    return new LinkSource(
        name,
        kind.orElse(SourceKind.UNKNOWN),
        () -> openUrl(name, uri, kind, pending),
        fetcher,
        pending);
  }

  private LinkSource.Opened openUrl(
      String name, URI uri, Optional<SourceKind> kind, PendingValidators pending) {
    FetchResult result;
    try {
      result = fetcher.fetch(uri);
    } catch (PageLoadException e) {
      return LinkSource.Opened.failed(name, e.problem());
    }
    if (!(result instanceof FetchResult.Fetched fetched)) {
      return new LinkSource.Opened(
          kind.orElse(SourceKind.UNKNOWN),
          List.of(new SourceItem.NotModified(name)),
          ListedLinks.none());
    }
    pending.hold(uri, fetched.validators());
    byte[] content = fetched.page().content();
    SourceKind found =
        kind.orElseGet(() -> SourceSniffer.sniff(content, fetched.page().contentType()));
    if (found == SourceKind.WARC) {
      return LinkSource.Opened.failed(name, "a WARC archive: download it and name the file");
    }
    if (found == SourceKind.PAGE) {
      return new LinkSource.Opened(
          found,
          List.of(new SourceItem.Loaded(fetched.page(), fetched.fetchedAt())),
          ListedLinks.none());
    }
    URI base = fetched.page().url() != null ? fetched.page().url() : uri;
    try {
      byte[] document = Documents.gunzipIfNeeded(name, content, limits.maxBytes());
      return new LinkSource.Opened(
          found, List.of(), links(name, found, document, base, base, pending));
    } catch (PageLoadException e) {
      return LinkSource.Opened.failed(name, e.problem());
    }
  }

  /** The links in a document of {@code kind}; {@code base} resolves relative feed links. */
  private LinkQueue links(
      String name,
      SourceKind kind,
      byte[] content,
      URI location,
      URI base,
      PendingValidators pending) {
    switch (kind) {
      case FEED -> {
        return new ListedLinks(FeedLinks.parse(name, content, base));
      }
      case SITEMAP -> {
        try {
          return new SitemapLinks(name, content, location.toURL(), fetcher, pending, limits);
        } catch (MalformedURLException | IllegalArgumentException e) {
          return new ListedLinks(
              List.of(Link.failed(name, "cannot locate sitemap: " + Problems.oneLine(e))));
        }
      }
      default -> {
        return new ListedLinks(UrlList.parse(name, new String(content, StandardCharsets.UTF_8)));
      }
    }
  }

  /** The first bytes of a file, gunzipped when it is gzip. */
  private static byte[] head(Path path) throws IOException {
    byte[] raw;
    try (InputStream in = Files.newInputStream(path)) {
      raw = in.readNBytes(SourceSniffer.HEAD_BYTES + 1);
    }
    if (!Documents.isGzip(raw)) {
      return raw;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[1024];
    try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
      int n;
      while (out.size() <= SourceSniffer.HEAD_BYTES && (n = in.read(buffer)) != -1) {
        out.write(buffer, 0, n);
      }
    } catch (IOException e) {
      // A damaged archive still shows what it is in what could be read; its source reports it.
    }
    return out.toByteArray();
  }
}
