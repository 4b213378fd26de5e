package org.newsgraph.extract.meta;

import java.util.Map;

/**
 * The publication's name: {@code og:site_name}, else the JSON-LD publisher of the article (or the
 * page's only organisation), else {@code application-name}. Never guessed from the host name.
 */
final class SiteNames {

  private static final int MAX_LENGTH = 100;

  private SiteNames() {}

  /** The site name, or {@code null}. */
  static String find(MetaTags meta, JsonLd jsonLd) {
    String og = usable(meta.first("og:site_name").orElse(null));
    if (og != null) {
      return og;
    }
    for (Map<String, Object> article : jsonLd.articles()) {
      for (Object value : JsonLd.asList(article.get("publisher"))) {
        if (jsonLd.resolve(value) instanceof Map<?, ?> publisher) {
          String name = usable(JsonLd.string(publisher, "name"));
          if (name != null) {
            return name;
          }
        }
      }
    }
    if (jsonLd.organizations().size() == 1) {
      String name = usable(JsonLd.string(jsonLd.organizations().get(0), "name"));
      if (name != null) {
        return name;
      }
    }
    return usable(meta.first("application-name").orElse(null));
  }

  private static String usable(String name) {
    String clean = Text.clean(name);
    if (clean.isEmpty() || clean.length() > MAX_LENGTH || clean.contains("://")) {
      return null;
    }
    return clean;
  }
}
