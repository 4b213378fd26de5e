package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.newsgraph.core.ArticleExtractor;
import org.newsgraph.core.Extraction;
import org.newsgraph.core.Page;
import org.newsgraph.extract.charset.DecodedText;
import org.newsgraph.extract.charset.PageDecoder;
import org.newsgraph.extract.html.HtmlReader;
import org.newsgraph.extract.markup.PageParser;
import org.newsgraph.extract.text.ScrapedTextReader;

/**
 * The extractor for news pages: HTML or scraped plain text in, a clean article or a rejection out.
 * Stateless and safe to share across threads; wrap it in a {@link TimeLimitedExtractor} to bound
 * the time one page may take.
 */
public final class NewsArticleExtractor implements ArticleExtractor {

  /** Pages larger than this are rejected rather than parsed. */
  public static final int DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

  private final int maxBytes;
  private final PageDecoder decoder = new PageDecoder();
  private final HtmlReader htmlReader = new HtmlReader();
  private final ScrapedTextReader textReader = new ScrapedTextReader();
  private final ArticleAssembler assembler = new ArticleAssembler();

  public NewsArticleExtractor() {
    this(DEFAULT_MAX_BYTES);
  }

  public NewsArticleExtractor(int maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  @Override
  public Extraction extract(Page page) {
    if (page.size() == 0) {
      return rejected(page, "empty page");
    }
    if (page.size() > maxBytes) {
      return rejected(
          page,
          String.format(
              Locale.ROOT, "page too large: %,d bytes (limit %,d)", page.size(), maxBytes));
    }
    byte[] bytes = page.content();
    Optional<String> binary = BinaryContent.sniff(bytes);
    if (binary.isPresent()) {
      return rejected(page, "not a text page: " + binary.get());
    }
    DecodedText decoded = decoder.decode(bytes, page.contentType());
    if (decoded.text().isBlank()) {
      return new Extraction.Rejected(page.source(), "empty page", decoded.warnings());
    }
    ArticleDraft draft =
        PageKind.isHtml(page, decoded.text())
            ? htmlReader.read(parse(decoded.text(), page), page.url())
            : textReader.read(decoded.text());
    return assembler.assemble(page, draft, decoded.warnings());
  }

  private static Document parse(String html, Page page) {
    String base = page.url() == null ? "" : page.url().toString();
    return PageParser.parse(html, base);
  }

  private static Extraction rejected(Page page, String reason) {
    return new Extraction.Rejected(page.source(), reason, List.of());
  }
}
