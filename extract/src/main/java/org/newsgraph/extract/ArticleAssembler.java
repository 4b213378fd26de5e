package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.core.Article;
import org.newsgraph.core.Extraction;
import org.newsgraph.core.Page;
import org.newsgraph.extract.lang.LanguageGuesser;

/**
 * The steps HTML and scraped text share: drop text printed twice (a standfirst that repeats the
 * lead, a copy of the headline), find the dateline, settle the language, and accept the article or
 * reject a page with no body.
 */
final class ArticleAssembler {

  /** Bodies with fewer words than this are not articles (index, error and empty pages). */
  static final int MIN_BODY_WORDS = 15;

  /** The dateline opens the lead, which may follow a standfirst or a caption. */
  static final int DATELINE_PARAGRAPHS = 3;

  private final LanguageGuesser languages = new LanguageGuesser();

  Extraction assemble(Page page, ArticleDraft draft, List<String> decodingWarnings) {
    List<String> warnings = new ArrayList<>(decodingWarnings);
    warnings.addAll(draft.warnings());
    List<String> paragraphs = RepeatedLead.remove(draft.title(), draft.paragraphs());
    String text = String.join("\n\n", paragraphs);
    if (Words.count(text) < MIN_BODY_WORDS) {
      String reason =
          paragraphs.isEmpty() ? "no article body found" : "too little text for an article";
      return new Extraction.Rejected(page.source(), reason, warnings);
    }
    String dateline = dateline(paragraphs);
    String language =
        draft.language() != null ? draft.language() : languages.guess(text).orElse(null);
    String url =
        draft.url() != null ? draft.url() : page.url() == null ? null : page.url().toString();
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

  private static String dateline(List<String> paragraphs) {
    for (String paragraph :
        paragraphs.subList(0, Math.min(paragraphs.size(), DATELINE_PARAGRAPHS))) {
      var place = Datelines.find(paragraph);
      if (place.isPresent()) {
        return place.get();
      }
    }
    return null;
  }
}
