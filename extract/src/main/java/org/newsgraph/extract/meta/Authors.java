package org.newsgraph.extract.meta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

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

  private static final Pattern BYLINE_CLASS =
      Pattern.compile("byline|by-line|(?<!comment[-_]?)author|writer|creditline|contributor");
  private static final Pattern BY_LINE = Pattern.compile("(?i)^(?:posted |written )?by\\s+\\S");
  private static final int MAX_BYLINE_CHARS = 150;

  private Authors() {}

  /** The authors' names in page order, without duplicates. */
  static List<String> find(
      Document doc,
      MetaTags meta,
      JsonLd jsonLd,
      SiteKeys site,
      Element headline,
      Regions regions) {
    List<Supplier<List<String>>> sources =
        List.of(
            () -> fromJsonLd(jsonLd),
            () -> fromMeta(meta),
            () -> fromItemprop(doc, regions),
            () -> fromRelAuthor(doc, regions),
            () -> fromBylineElements(doc, regions),
            () -> fromTextNearHeadline(headline, regions));
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

  private static List<String> fromItemprop(Document doc, Regions regions) {
    List<String> names = new ArrayList<>();
    for (Element author : doc.select("[itemprop~=(?i)^author$]:not(meta)")) {
      if (regions.isElsewhere(author)) {
        continue;
      }
      Element name = author.selectFirst("[itemprop=name]");
      Element source = name == null ? author : name;
      String text =
          source.hasAttr("content") ? source.attr("content")
              : Text.shortText(source, MAX_BYLINE_CHARS);
      if (text != null && text.length() <= MAX_BYLINE_CHARS) {
        names.addAll(AuthorNames.parse(text));
      }
    }
    return names;
  }

  private static List<String> fromRelAuthor(Document doc, Regions regions) {
    List<String> names = new ArrayList<>();
    for (Element link : doc.select("a[rel~=(?i)^author$]")) {
      String text = Text.shortText(link, MAX_BYLINE_CHARS);
      if (text != null && !regions.isElsewhere(link)) {
        names.addAll(AuthorNames.parse(text));
      }
    }
    return names;
  }

  private static List<String> fromBylineElements(Document doc, Regions regions) {
    for (Element e : doc.body().getAllElements()) {
      String classAndId = Regions.classAndId(e);
      if (classAndId.isEmpty() || !BYLINE_CLASS.matcher(classAndId).find()) {
        continue;
      }
      String text = Text.shortText(e, MAX_BYLINE_CHARS);
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

  private static List<String> fromTextNearHeadline(Element headline, Regions regions) {
    for (String text : NearHeadline.texts(headline, regions)) {
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
