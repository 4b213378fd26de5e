package org.newsgraph.extract.meta;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a site calls itself, as loose comparison keys ({@link Text#key}): its declared name and
 * the distinctive label of its host name ({@code bbc} for {@code news.bbc.co.uk}). Used to strip
 * the site from titles and to keep it out of bylines.
 */
final class SiteKeys {

  private static final Set<String> GENERIC_LABELS =
      Set.of("www", "com", "co", "org", "net", "gov", "ac", "edu", "news", "blog", "blogs", "m");

  private final List<String> keys;

  private SiteKeys(List<String> keys) {
    this.keys = List.copyOf(keys);
  }

  /**
   * The keys of a site from its declared name, the page's address and the page's brand headings
   * (all optional).
   */
  static SiteKeys of(String siteName, URI pageUrl, List<String> brandNames) {
    List<String> keys = new ArrayList<>();
    String name = Text.key(siteName);
    if (name.length() >= 2) {
      keys.add(name);
    }
    String host = hostLabel(pageUrl);
    if (host.length() >= 3) {
      keys.add(host);
    }
    for (String brand : brandNames) {
      String key = Text.key(brand);
      if (key.length() >= 3 && !keys.contains(key)) {
        keys.add(key);
      }
    }
    return new SiteKeys(keys);
  }

  /** Whether {@code text} is the site's name, alone or with a few more words. */
  boolean matches(String text) {
    String key = Text.key(text);
    if (key.isEmpty()) {
      return false;
    }
    for (String site : keys) {
      if (key.equals(site)
          || (site.length() >= 3 && key.contains(site) && Text.words(text) <= 5)
          || (key.length() >= 4 && site.contains(key))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code text} is exactly the site's name. */
  boolean isExactly(String text) {
    return keys.contains(Text.key(text));
  }

  private static String hostLabel(URI url) {
    if (url == null || url.getHost() == null) {
      return "";
    }
    List<String> labels =
        new ArrayList<>(Arrays.asList(url.getHost().toLowerCase(Locale.ROOT).split("\\.")));
    if (labels.size() > 1) {
      labels.remove(labels.size() - 1);
    }
    while (labels.size() > 1 && GENERIC_LABELS.contains(labels.get(labels.size() - 1))) {
      labels.remove(labels.size() - 1);
    }
    labels.removeIf(GENERIC_LABELS::contains);
    return labels.isEmpty() ? "" : Text.key(labels.get(labels.size() - 1));
  }
}
