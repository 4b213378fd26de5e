package org.newsgraph.extract.meta;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The canonical address: {@code <link rel=canonical>}, else {@code og:url}, made absolute
 * against the page's address. An http(s) address only; one that points to a site's home page is
 * ignored unless the page itself is a home page.
 */
final class CanonicalUrls {

  private static final Pattern HOME_FILE = Pattern.compile("/(index|default|home)\\.[a-z]+");

  private CanonicalUrls() {}

  /** The canonical address, or {@code null}. */
  static String find(PageElements elements, MetaTags meta, URI pageUrl) {
    List<String> declared = new ArrayList<>();
    for (Element link : elements.canonicalLinks) {
      declared.add(link.attr("href"));
    }
    declared.addAll(meta.all("og:url"));
    for (String value : declared) {
      URI uri = absolute(value, pageUrl);
      if (uri != null && (!isHomePage(uri) || (pageUrl != null && isHomePage(pageUrl)))) {
        return uri.toString();
      }
    }
    return null;
  }

  private static URI absolute(String value, URI base) {
    String v = value.strip();
    if (v.isEmpty()) {
      return null;
    }
    try {
      URI uri = new URI(v.replace(" ", "%20"));
      if (!uri.isAbsolute()) {
        if (base == null || !base.isAbsolute()) {
          return null;
        }
        uri = base.resolve(uri);
      }
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      boolean web = scheme.equals("http") || scheme.equals("https");
      return web && uri.getHost() != null ? uri : null;
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean isHomePage(URI uri) {
    String path = uri.getRawPath();
    boolean rootPath = path == null || path.isEmpty() || path.equals("/")
        || HOME_FILE.matcher(path).matches();
    return rootPath && uri.getRawQuery() == null;
  }
}
