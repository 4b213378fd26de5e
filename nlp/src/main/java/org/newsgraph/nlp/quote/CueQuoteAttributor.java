package org.newsgraph.nlp.quote;

import java.util.List;
import org.newsgraph.core.Entity;
import org.newsgraph.core.Quote;
import org.newsgraph.nlp.text.TextAnalysis;

/**
 * Attributes quotations by their cues, the way a reader of news does: a quotation takes the cue
 * that follows it ({@code "...," Mr Chun said}) or introduces it ({@code He said: "..."}); a
 * quoted fragment takes the cue of its sentence; a quotation with no cue of its own continues the
 * speaker of its paragraph, or of the paragraph before when it opens a paragraph; and a cue with
 * a clause of its own reports speech ("said that ...", "..., according to X"). Quoted fragments
 * that nobody says (scare quotes, quoted titles) are left out; whole sentences in quotation marks
 * with no speaker in sight are kept with no speaker.
 *
 * <p>Reads parts of speech and name tags in linear passes; immutable and safe to share across
 * threads.
 */
public final class CueQuoteAttributor implements QuoteAttributor {

  private final CueFinder cues;

  /** An attributor with the standard cue lexicon. */
  public CueQuoteAttributor() {
    this.cues = new CueFinder(CueLexicon.standard());
  }

  @Override
  public List<Quote> attribute(TextAnalysis analysis, List<Entity> entities) {
    TokenView view = new TokenView(analysis);
    return new Attribution(view, cues.find(view), new EntityIndex(entities)).quotes();
  }
}
