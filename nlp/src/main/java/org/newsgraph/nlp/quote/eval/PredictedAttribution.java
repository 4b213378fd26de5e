package org.newsgraph.nlp.quote.eval;

import java.util.List;
import org.newsgraph.core.QuoteKind;

/**
 * One attribution as a system predicts it.
 *
 * @param speaker         the speaker's span, or {@code null} when no speaker is given
 * @param speakerName     the speaker's name, or "" when none
 * @param speakerMentions every span that names the same speaker (its entity's mentions)
 */
public record PredictedAttribution(
    List<Span> content, QuoteKind kind, Span speaker, String speakerName, List<Span> speakerMentions) {
  public PredictedAttribution {
    content = List.copyOf(content);
    speakerMentions = List.copyOf(speakerMentions);
  }

  /** Whether a speaker is given, by span or by name. */
  public boolean hasSpeaker() {
    return speaker != null || !speakerName.isEmpty();
  }
}
