package org.newsgraph.extract.html;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises pages that are not articles although text was found: a home or section page whose
 * best region is a run of teasers (a linked headline, then a short summary, again and again), and
 * an error page that says the page was not found.
 */
final class NonArticles {

  /** This many linked headlines each followed by a summary make a list of teasers. */
  private static final int MIN_TEASERS = 4;
  /** Summaries of teasers are short; an article has longer paragraphs among its text. */
  private static final int TEASER_SUMMARY_WORDS = 50;
  /** An error page says little. */
  private static final int MAX_ERROR_WORDS = 120;

  /** Phrases of error pages; each names the page, the file or the error code itself. */
  private static final Pattern ERROR =
      Pattern.compile(
          "(?:^404\\b|\\berror 404\\b|\\b404 (?:error|not found|page)\\b|"
              + "\\b(?:page|file|document) (?:was )?not found|"
              + "\\b(?:page|article|story|content) (?:you (?:requested|are looking for|were looking "
              + "for) )?(?:could not|cannot|can ?not|can't) be found|"
              + "\\b(?:page|article|story) (?:does not|doesn'?t) exist|"
              + "\\b(?:page|article|story) (?:is )?no longer available)");
  /** The opening line that may announce an error is no longer than this (words). */
  private static final int MAX_ERROR_LINE_WORDS = 15;

  private NonArticles() {}

  /**
   * Whether {@code region}, of which {@code kept} were kept as text, is a list of teasers: at
   * least {@link #MIN_TEASERS} linked headlines each followed by a short text, making up at least
   * half of what was kept, and no paragraph longer than a teaser's summary.
   */
  static boolean isTeaserList(List<TextBlock> region, List<TextBlock> kept) {
    int teasers = 0;
    for (int i = 0; i + 1 < region.size(); i++) {
      TextBlock headline = region.get(i);
      TextBlock summary = region.get(i + 1);
      if (isLinkedHeadline(headline) && summary.linkDensity() < 0.5) {
        teasers++;
      }
    }
    if (teasers < MIN_TEASERS || teasers * 2 < kept.size()) {
      return false;
    }
    int longer = 0;
    for (TextBlock block : kept) {
      if (block.words() > TEASER_SUMMARY_WORDS) {
        longer++;
      }
    }
    return longer * 4 < teasers;
  }

  private static boolean isLinkedHeadline(TextBlock block) {
    return block.linkDensity() >= 0.8 && block.words() >= 2 && block.words() <= 25;
  }

  /** Whether a page titled {@code title} with body {@code kept} says it is an error page. */
  static boolean isErrorPage(String title, List<TextBlock> kept) {
    int words = 0;
    for (TextBlock block : kept) {
      words += block.words();
    }
    if (words > MAX_ERROR_WORDS) {
      return false;
    }
    if (title != null && ERROR.matcher(title.toLowerCase(Locale.ROOT)).find()) {
      return true;
    }
    if (kept.isEmpty() || kept.get(0).words() > MAX_ERROR_LINE_WORDS) {
      return false;
    }
    return ERROR.matcher(kept.get(0).text().toLowerCase(Locale.ROOT)).find();
  }
}
