package org.newsgraph.extract.html;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises the heading that opens the reader comments or trackbacks below an article
 * ("Comments", "12 Responses to ...", "Leave a Reply", "TrackBack"): nothing after it is the
 * article.
 */
final class SectionEnds {

  private static final int MAX_WORDS = 12;

  private static final Pattern COMMENTS_HEADING =
      Pattern.compile(
          "^(?:reader\\s+|user\\s+)?(?:comments|responses|replies|reactions|trackbacks?|"
              + "trackback pings|pingbacks)\\b"
              + "|^(?:\\d+|one|no)\\s+(?:comments?|responses?|replies|reactions?|trackbacks?)\\b"
              + "|^(?:leave|post|add|write)\\s+(?:a|your)\\s+(?:comment|reply|response)\\b"
              + "|^(?:join|start)\\s+the\\s+(?:discussion|conversation)\\b"
              + "|^what do you think\\??$");

  private SectionEnds() {}

  /** Whether {@code block} is a heading that opens the comments or trackbacks. */
  static boolean opensComments(TextBlock block) {
    if (block.kind() != BlockKind.HEADING || block.words() > MAX_WORDS) {
      return false;
    }
    return COMMENTS_HEADING.matcher(block.text().toLowerCase(Locale.ROOT)).find();
  }
}
