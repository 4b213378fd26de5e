package org.newsgraph.extract.meta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's {@code <meta>} tags by key: the {@code name}, {@code property}, {@code itemprop} or
 * {@code http-equiv} attribute, lower case; values are the non-blank {@code content} attributes
 * in page order.
 */
final class MetaTags {

  private static final String[] KEY_ATTRIBUTES = {"property", "name", "itemprop", "http-equiv"};

  private final Map<String, List<String>> values;

  private MetaTags(Map<String, List<String>> values) {
    this.values = values;
  }

  static MetaTags of(Document doc) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (Element meta : doc.select("meta[content]")) {
      String content = Text.clean(meta.attr("content"));
      if (content.isEmpty()) {
        continue;
      }
      for (String attribute : KEY_ATTRIBUTES) {
        String key = meta.attr(attribute).strip().toLowerCase(Locale.ROOT);
        if (!key.isEmpty()) {
          values.computeIfAbsent(key, k -> new ArrayList<>()).add(content);
        }
      }
    }
    return new MetaTags(values);
  }

  /** The first value of the first of {@code keys} that the page has. */
  Optional<String> first(String... keys) {
    for (String key : keys) {
      List<String> list = values.get(key);
      if (list != null) {
        return Optional.of(list.get(0));
      }
    }
    return Optional.empty();
  }

  /** Every value of {@code key}, in page order. */
  List<String> all(String key) {
    return values.getOrDefault(key, List.of());
  }
}
