package org.newsgraph.extract.meta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org objects of a page's JSON-LD scripts, flattened: top-level arrays, {@code @graph}
 * members and nested objects all become nodes, and {@code {"@id": ...}} references resolve to the
 * node with that id.
 */
final class JsonLd {

  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "article",
          "newsarticle",
          "reportagenewsarticle",
          "analysisnewsarticle",
          "opinionnewsarticle",
          "reviewnewsarticle",
          "backgroundnewsarticle",
          "askpublicnewsarticle",
          "blogposting",
          "liveblogposting",
          "socialmediaposting",
          "report",
          "techarticle",
          "scholarlyarticle");

  private static final Set<String> ORGANIZATION_TYPES =
      Set.of("organization", "newsmediaorganization", "corporation");

  private final List<Map<String, Object>> nodes;
  private final Map<String, Map<String, Object>> byId;

  private JsonLd(List<Map<String, Object>> nodes) {
    this.nodes = List.copyOf(nodes);
    Map<String, Map<String, Object>> ids = new LinkedHashMap<>();
    for (Map<String, Object> node : nodes) {
      if (node.get("@id") instanceof String id && node.size() > 1) {
        ids.putIfAbsent(id, node);
      }
    }
    this.byId = ids;
  }

  /** The JSON-LD of {@code doc}; scripts that cannot be read add a warning and are skipped. */
  static JsonLd of(Document doc, List<String> warnings) {
    List<Map<String, Object>> nodes = new ArrayList<>();
    for (Element script : doc.select("script[type]")) {
      String type = script.attr("type").strip().toLowerCase(Locale.ROOT);
      if (!type.startsWith("application/ld+json")) {
        continue;
      }
      String json = unwrap(script.data());
      if (json.isEmpty()) {
        continue;
      }
      try {
        collect(LenientJson.parse(json), nodes, 0);
      } catch (LenientJson.MalformedJsonException e) {
        warnings.add("unreadable JSON-LD script skipped: " + e.getMessage());
      }
    }
    return new JsonLd(nodes);
  }

  /** The article nodes (NewsArticle, BlogPosting, ...), in page order. */
  List<Map<String, Object>> articles() {
    return nodes.stream().filter(node -> hasType(node, ARTICLE_TYPES)).toList();
  }

  /** The organisation and web site nodes, in page order. */
  List<Map<String, Object>> organizations() {
    return nodes.stream().filter(node -> hasType(node, ORGANIZATION_TYPES)).toList();
  }

  /** {@code value} itself, or the node it refers to when it is an {@code @id} reference. */
  Object resolve(Object value) {
    if (value instanceof Map<?, ?> map && map.size() == 1 && map.get("@id") instanceof String id) {
      Map<String, Object> node = byId.get(id);
      return node == null ? value : node;
    }
    return value;
  }

  /** The type names of {@code node}, lower case, without a vocabulary prefix. */
  static List<String> types(Map<?, ?> node) {
    List<String> types = new ArrayList<>();
    for (Object type : asList(node.get("@type"))) {
      if (type instanceof String name) {
        String local = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf(':')) + 1);
        types.add(local.strip().toLowerCase(Locale.ROOT));
      }
    }
    return types;
  }

  /** {@code value} as a list: itself when it is one, else a list of it (empty for null). */
  static List<?> asList(Object value) {
    if (value == null) {
      return List.of();
    }
    return value instanceof List<?> list ? list : List.of(value);
  }

  /** The first string among {@code node}'s values for {@code key}, or {@code null}. */
  static String string(Map<?, ?> node, String key) {
    for (Object value : asList(node.get(key))) {
      if (value instanceof String s && !s.isBlank()) {
        return s;
      }
      if (value instanceof Map<?, ?> map && map.get("@value") instanceof String s) {
        return s;
      }
    }
    return null;
  }

  private static boolean hasType(Map<String, Object> node, Set<String> wanted) {
    return types(node).stream().anyMatch(wanted::contains);
  }

  @SuppressWarnings("unchecked")
  private static void collect(Object value, List<Map<String, Object>> nodes, int depth) {
    if (depth > 16) {
      return;
    }
    if (value instanceof List<?> list) {
      for (Object item : list) {
        collect(item, nodes, depth + 1);
      }
    } else if (value instanceof Map<?, ?> map) {
      nodes.add((Map<String, Object>) map);
      for (Object child : map.values()) {
        collect(child, nodes, depth + 1);
      }
    }
  }

  private static String unwrap(String script) {
    String json = script.strip();
    json = json.replace("<!--", "").replace("-->", "");
    json = json.replace("//<![CDATA[", "").replace("//]]>", "");
    json = json.replace("<![CDATA[", "").replace("]]>", "");
    return json.strip();
  }
}
