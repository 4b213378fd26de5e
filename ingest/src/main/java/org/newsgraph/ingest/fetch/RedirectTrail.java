package org.newsgraph.ingest.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The redirects one fetch has followed: resolves each {@code Location} against the address that
 * sent it, and stops at a loop ("redirect loop at URL") or past the limit ("too many redirects").
 */
final class RedirectTrail {

  private final int maxRedirects;
  private final Set<String> visited = new HashSet<>();
  private int followed;

  RedirectTrail(URI start, int maxRedirects) {
    this.maxRedirects = maxRedirects;
    visited.add(key(start));
  }

  /** The next address, from a redirect sent by {@code from} with this {@code location}. */
  URI next(URI from, String location) throws FetchProblem {
    URI next = withoutFragment(resolve(from, parse(location)));
    if (!visited.add(key(next))) {
      throw new FetchProblem("redirect loop at " + next);
    }
    if (++followed > maxRedirects) {
      throw new FetchProblem("too many redirects (" + maxRedirects + ")");
    }
    return next;
  }

  /**
   * {@link URI#resolve} follows RFC 2396, which differs from browsers (RFC 3986) for a base without
   * a path and for a reference that is only a query; both occur in redirects.
   */
  private static URI resolve(URI base, URI reference) {
    if (reference.isAbsolute() || base.getRawAuthority() == null) {
      return base.resolve(reference);
    }
    String path =
        base.getRawPath() == null || base.getRawPath().isEmpty() ? "/" : base.getRawPath();
    String root = base.getScheme() + "://" + base.getRawAuthority();
    String ref = reference.toString();
    if (ref.startsWith("?")) {
      return URI.create(root + path + ref);
    }
    return URI.create(root + path).resolve(reference);
  }

  /**
   * Parses a {@code Location} value; servers often send spaces or raw UTF-8 in it, which are
   * percent-encoded rather than refused.
   */
  private static URI parse(String location) throws FetchProblem {
    try {
      return new URI(location.trim());
    } catch (URISyntaxException strict) {
      try {
        return new URI(percentEncodeIllegal(location.trim()));
      } catch (URISyntaxException e) {
        throw new FetchProblem("bad redirect location " + location + ": " + e.getReason(), e);
      }
    }
  }

  private static String percentEncodeIllegal(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (c <= 0x20 || c >= 0x7F || "\"<>\\^`{|}".indexOf(c) >= 0) {
        out.append('%').append(String.format(Locale.ROOT, "%02X", c));
      } else {
        out.append((char) c);
      }
    }
    return out.toString();
  }

  private static URI withoutFragment(URI uri) {
    if (uri.getRawFragment() == null) {
      return uri;
    }
    String text = uri.toString();
    return URI.create(text.substring(0, text.indexOf('#')));
  }

  /** Addresses that name the same resource compare equal: case, default port, empty path. */
  private static String key(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    return scheme + "://" + host + ":" + port + path + query;
  }
}
