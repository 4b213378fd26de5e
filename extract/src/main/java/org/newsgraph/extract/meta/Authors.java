package org.newsgraph.extract.meta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * The byline's names. Sources in order: JSON-LD {@code author}, author meta tags, {@code
 * itemprop=author}, {@code rel=author} links, byline elements (class or id naming a byline or
 * author), then "By ..." lines after the headline. The first source that yields a person wins; a
 * source that yields only the site's own name is kept only if nothing better follows.
 */
final class Authors {

  private static final String[] META_KEYS = {
    "author", "article:author", "byl", "dc.creator", "dcterms.creator", "sailthru.author",
    "parsely-author", "article_author", "citation_author", "og:author"
  };

  static final NamePattern BYLINE_CLASS =
      new NamePattern(
          "byline|by-line|(?<!comment[-_]?)author|writer|creditline|contributor",
          "byline", "by-line", "author", "writer", "creditline", "contributor");
  private static final Pattern BY_LINE = Pattern.compile("(?i)^(?:posted |written )?by\\s+\\S");
  private static final Evaluator ITEMPROP_NAME = Selector.evaluatorOf("[itemprop=name]");
  private static final int MAX_BYLINE_CHARS = 150;

  private Authors() {}

  /** The authors' names in page order, without duplicates. */
  static List<String> find(
      PageElements elements,
      MetaTags meta,
      JsonLd jsonLd,
      SiteKeys site,
      List<String> nearHeadline,
      Regions regions) {
    List<Supplier<List<String>>> sources =
        List.of(
            () -> fromJsonLd(jsonLd),
            () -> fromMeta(meta),
            () -> fromItemprop(elements, regions),
            () -> fromRelAuthor(elements, regions),
            () -> fromBylineElements(elements, regions),
            () -> fromTextNearHeadline(nearHeadline));
    List<String> fallback = List.of();
    for (Supplier<List<String>> source : sources) {
      List<String> names = distinct(source.get());
      if (names.isEmpty()) {
        continue;
      }
      if (names.stream().anyMatch(name -> !site.matches(name))) {
        return withoutSiteBesidePeople(names, site);
      }
      if (fallback.isEmpty()) {
        fallback = names;
      }
    }
    return fallback;
  }

  private static List<String> fromJsonLd(JsonLd jsonLd) {
    List<String> names = new ArrayList<>();
    for (Map<String, Object> article : jsonLd.articles()) {
      for (Object value : JsonLd.asList(article.get("author"))) {
        Object author = jsonLd.resolve(value);
        if (author instanceof String s) {
          names.addAll(AuthorNames.parse(s));
        } else if (author instanceof Map<?, ?> map) {
          Object name = map.get("name");
          String text = name instanceof String s ? s : JsonLd.string(map, "name");
          if (text != null) {
            names.addAll(AuthorNames.parse(text));
          }
        }
      }
      if (!names.isEmpty()) {
        break;
      }
    }
    return names;
  }

  private static List<String> fromMeta(MetaTags meta) {
    List<String> names = new ArrayList<>();
    for (String key : META_KEYS) {
      for (String value : meta.all(key)) {
        if (!looksLikeAddress(value)) {
          names.addAll(AuthorNames.parse(value));
        }
      }
      if (!names.isEmpty()) {
        break;
      }
    }
    return names;
  }

  private static List<String> fromItemprop(PageElements elements, Regions regions) {
    List<String> names = new ArrayList<>();
    for (Element author : elements.itemAuthors) {
      if (regions.isElsewhere(author)) {
        continue;
      }
      Element name = author.selectFirst(ITEMPROP_NAME);
      Element source = name == null ? author : name;
      String text =
          source.hasAttr("content") ? source.attr("content")
              : elements.texts.of(source, MAX_BYLINE_CHARS);
      if (text != null && text.length() <= MAX_BYLINE_CHARS) {
        names.addAll(AuthorNames.parse(text));
      }
    }
    return names;
  }

  private static List<String> fromRelAuthor(PageElements elements, Regions regions) {
    List<String> names = new ArrayList<>();
    for (Element link : elements.relAuthors) {
      String text = elements.texts.of(link, MAX_BYLINE_CHARS);
      if (text != null && !regions.isElsewhere(link)) {
        names.addAll(AuthorNames.parse(text));
      }
    }
    return names;
  }

  private static List<String> fromBylineElements(PageElements elements, Regions regions) {
    for (PageElements.Marked marked : elements.marked) {
      if (!marked.matches(BYLINE_CLASS)) {
        continue;
      }
      Element e = marked.element();
      String text = elements.texts.of(e, MAX_BYLINE_CHARS);
      if (text == null || text.isEmpty() || regions.isElsewhere(e)) {
        continue;
      }
      List<String> names = AuthorNames.parse(text);
      if (!names.isEmpty()) {
        return names;
      }
    }
    return List.of();
  }

  private static List<String> fromTextNearHeadline(List<String> nearHeadline) {
    for (String text : nearHeadline) {
      if (BY_LINE.matcher(text).find()) {
        List<String> names = AuthorNames.parse(text);
        if (!names.isEmpty()) {
          return names;
        }
      }
    }
    return List.of();
  }

  private static List<String> withoutSiteBesidePeople(List<String> names, SiteKeys site) {
    return names.stream().filter(n -> !site.matches(n)).toList();
  }

  private static List<String> distinct(List<String> names) {
    Map<String, String> byKey = new LinkedHashMap<>();
    for (String name : names) {
      byKey.putIfAbsent(Text.key(name), name);
    }
    return List.copyOf(byKey.values());
  }

  private static boolean looksLikeAddress(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    return v.contains("://") || v.startsWith("www.") || v.startsWith("/") || v.contains(".com/");
  }
}
