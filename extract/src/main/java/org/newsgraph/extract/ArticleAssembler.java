package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.core.Article;
import org.newsgraph.core.Extraction;
import org.newsgraph.core.Page;
import org.newsgraph.extract.lang.LanguageGuesser;

/**
 * The steps HTML and scraped text share: drop a standfirst that repeats the lead, find the
 * dateline, settle the language, and accept the article or reject a page with no body.
 */
final class ArticleAssembler {

  /** Bodies with fewer words than this are not articles (index, error and empty pages). */
  static final int MIN_BODY_WORDS = 15;

  private final LanguageGuesser languages = new LanguageGuesser();

  Extraction assemble(Page page, ArticleDraft draft, List<String> decodingWarnings) {
    List<String> warnings = new ArrayList<>(decodingWarnings);
    warnings.addAll(draft.warnings());
    List<String> paragraphs = RepeatedLead.remove(draft.paragraphs());
    String text = String.join("\n\n", paragraphs);
    if (Words.count(text) < MIN_BODY_WORDS) {
      String reason = paragraphs.isEmpty() ? "no article body found" : "too little text for an article";
      return new Extraction.Rejected(page.source(), reason, warnings);
    }
    String dateline = paragraphs.isEmpty() ? null : Datelines.find(paragraphs.get(0)).orElse(null);
    String language = draft.language() != null ? draft.language() : languages.guess(text).orElse(null);
    String url = draft.url() != null ? draft.url() : page.url() == null ? null : page.url().toString();
    Article article =
        new Article(
            page.source(),
            url,
            draft.title(),
            draft.authors(),
            draft.published(),
            language,
            draft.site(),
            dateline,
            text,
            draft.images());
    return new Extraction.Accepted(article, warnings);
  }
}
