package org.newsgraph.extract.meta;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Publication and modification dates that pages state as data: JSON-LD, meta tags and {@code
 * itemprop} attributes.
 */
final class MetadataDates {

  private static final String[] STRUCTURED_KEYS = {
    "article:published_time", "og:article:published_time", "og:published_time",
    "http://ogp.me/ns/article#published_time", "article:published", "datepublished"
  };

  private static final String[] META_KEYS = {
    "pubdate", "published", "publishdate", "publish-date", "publish_date", "published_date",
    "published-date",
    "publication_date", "publication-date", "pub_date", "publishdatetime", "published_time",
    "article.published", "article_date_original", "article.created", "originalpublicationdate",
    "original-publish-date", "dc.date.issued", "dcterms.issued", "dc.date.created",
    "dcterms.created", "dc.created", "dc.date", "dcterms.date", "date", "sailthru.date",
    "parsely-pub-date", "citation_publication_date", "citation_date", "citation_online_date",
    "prism.publicationdate", "displaydate", "pdate", "ptime", "datecreated"
  };

  private static final String[] MODIFIED_KEYS = {
    "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified",
    "dc.date.modified", "last-modified", "lastmod", "article_date_updated"
  };

  private MetadataDates() {}

  /** The page's stated dates, strongest kind first. */
  static void collect(
      PageElements elements,
      MetaTags meta,
      JsonLd jsonLd,
      Regions regions,
      List<DateCandidate> out) {
    fromJsonLd(jsonLd, "datePublished", DateSource.STRUCTURED, out);
    fromMeta(meta, STRUCTURED_KEYS, DateSource.STRUCTURED, out);
    fromItemprop(elements, regions, out);
    fromJsonLd(jsonLd, "dateCreated", DateSource.META, out);
    fromMeta(meta, META_KEYS, DateSource.META, out);
    fromParselyPage(meta, out);
    fromJsonLd(jsonLd, "dateModified", DateSource.MODIFIED, out);
    fromMeta(meta, MODIFIED_KEYS, DateSource.MODIFIED, out);
  }

  private static void fromJsonLd(
      JsonLd jsonLd, String key, DateSource source, List<DateCandidate> out) {
    for (Map<String, Object> article : jsonLd.articles()) {
      add(JsonLd.string(article, key), source, "JSON-LD " + key, out);
    }
  }

  private static void fromMeta(
      MetaTags meta, String[] keys, DateSource source, List<DateCandidate> out) {
    for (String key : keys) {
      for (String value : meta.all(key)) {
        add(value, source, "meta " + key, out);
      }
    }
  }

  private static void fromItemprop(
      PageElements elements, Regions regions, List<DateCandidate> out) {
    for (Element e : elements.itemPublished) {
      if (regions.isElsewhere(e)) {
        continue;
      }
      String value = MarkupDates.value(e, elements.texts);
      add(value, DateSource.STRUCTURED, "itemprop datePublished", out);
    }
  }

  /** Parse.ly's {@code parsely-page} meta tag holds JSON with a {@code pub_date}. */
  private static void fromParselyPage(MetaTags meta, List<DateCandidate> out) {
    for (String json : meta.all("parsely-page")) {
      if (LenientJson.tryParse(json).orElse(null) instanceof Map<?, ?> page) {
        add(JsonLd.string(page, "pub_date"), DateSource.META, "meta parsely-page", out);
      }
    }
  }

  private static void add(
      String value, DateSource source, String origin, List<DateCandidate> out) {
    if (value == null) {
      return;
    }
    Optional<DateValue> date = DateParser.parseValue(value);
    date.ifPresent(d -> out.add(new DateCandidate(d, source, origin)));
  }
}
