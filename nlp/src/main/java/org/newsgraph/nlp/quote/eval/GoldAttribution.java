package org.newsgraph.nlp.quote.eval;

import java.util.List;
import org.newsgraph.core.QuoteKind;

/**
 * One annotated attribution relation: its content, source and cue spans (each possibly in
 * several pieces) and its kind, judged by quotation marks in the content.
 *
 * @param source empty for relations without a source
 * @param sourceText the source's text, pieces joined by a space; "" when none
 */
public record GoldAttribution(
    List<Span> content, List<Span> source, String sourceText, List<Span> cue, QuoteKind kind) {
  public GoldAttribution {
    content = List.copyOf(content);
    source = List.copyOf(source);
    cue = List.copyOf(cue);
  }
}
