package org.newsgraph.nlp.quote;

/**
 * A cue found in the text with what stands around it, in token indices (end exclusive).
 *
 * @param start        first token of the cue words ("told" in "told parliament")
 * @param end          after the last cue word
 * @param verb         the token that makes it a cue (the verb, or "according")
 * @param sourceStart  first token of the source noun phrase, or -1 when none was found
 * @param sourceEnd    after the source noun phrase, or -1
 * @param contentStart first token of the reported clause, or -1 when the cue reports none
 * @param contentEnd   after the reported clause, or -1
 */
record CuePhrase(
    int start, int end, int verb, CueClass kind, int sourceStart, int sourceEnd, int contentStart,
    int contentEnd) {

  boolean hasSource() {
    return sourceStart >= 0;
  }

  boolean hasContent() {
    return contentStart >= 0;
  }

  /** The first token of the cue and its source together ("Mr Chun said", "said Mr Chun"). */
  int phraseStart() {
    return hasSource() ? Math.min(start, sourceStart) : start;
  }

  /** After the last token of the cue and its source together. */
  int phraseEnd() {
    return hasSource() ? Math.max(end, sourceEnd) : end;
  }
}
