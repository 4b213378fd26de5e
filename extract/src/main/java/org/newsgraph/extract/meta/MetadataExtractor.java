package org.newsgraph.extract.meta;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an article's metadata from its HTML page: JSON-LD, OpenGraph and other meta tags, time
 * elements, bylines, the text near the headline, and the address. Each field has its own reader
 * with its own order of sources; this class runs them and gathers their warnings. Stateless
 * apart from its clock, and thread-safe.
 */
public final class MetadataExtractor {

  private final Clock clock;

  /** An extractor that judges dates against the system clock. */
  public MetadataExtractor() {
    this(Clock.systemUTC());
  }

  /** An extractor that judges dates against {@code clock} (no dates after tomorrow). */
  public MetadataExtractor(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The metadata of {@code doc}; {@code pageUrl} is where it came from, or {@code null}. */
  public Metadata extract(Document doc, URI pageUrl) {
    Objects.requireNonNull(doc, "doc");
    List<String> warnings = new ArrayList<>();
    PageElements elements = PageElements.of(doc);
    MetaTags meta = MetaTags.of(elements);
    JsonLd jsonLd = JsonLd.of(elements, warnings);
    Regions regions = new Regions();
    String site = SiteNames.find(meta, jsonLd);
    SiteKeys siteKeys = SiteKeys.of(site, pageUrl, BrandNames.find(elements));
    String title = Titles.find(doc, elements, meta, jsonLd, siteKeys, regions);
    Element headline = Headline.locate(elements, title, regions);
    List<String> nearHeadline = NearHeadline.texts(headline, regions, elements.texts);
    List<String> authors =
        Authors.find(elements, meta, jsonLd, siteKeys, nearHeadline, regions);
    String canonical = CanonicalUrls.find(elements, meta, pageUrl);
    String published =
        published(elements, meta, jsonLd, nearHeadline, regions, pageUrl, canonical, warnings);
    String language = DeclaredLanguage.find(doc, meta);
    return new Metadata(title, authors, published, language, site, canonical, warnings);
  }

  private String published(
      PageElements elements,
      MetaTags meta,
      JsonLd jsonLd,
      List<String> nearHeadline,
      Regions regions,
      URI pageUrl,
      String canonical,
      List<String> warnings) {
    List<DateCandidate> candidates = new ArrayList<>();
    MetadataDates.collect(elements, meta, jsonLd, regions, candidates);
    MarkupDates.collect(elements, regions, candidates);
    UrlDates.collect(pageUrl, "page address", candidates);
    if (canonical != null) {
      UrlDates.collect(URI.create(canonical), "canonical address", candidates);
    }
    TextDates.collect(elements, nearHeadline, regions, candidates);
    return new PublishedDateResolver(clock.instant())
        .resolve(candidates, warnings)
        .map(DateValue::iso)
        .orElse(null);
  }
}
