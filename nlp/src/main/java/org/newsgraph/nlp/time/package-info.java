/**
 * Finding time expressions and resolving them against the publication date and tense.
 *
 * <p>{@link org.newsgraph.nlp.time.RuleTimeTagger} works in the manner of HeidelTime: small rule
 * sets ({@code CalendarRules}, {@code RelativeRules}, {@code DurationRules}, {@code SetRules},
 * {@code ClockRules}) of precompiled patterns over the text, each tried only just before its
 * trigger words; the longest match wins. A value that needs a year or a side of the anchor ("in
 * June", "Friday", "Nov 30") takes it from the tense of the clause ({@code TenseReader} reads it
 * from the parts of speech of the nearest verb group); a value relative to a date the text gave
 * before ("the day before", "a year earlier") from that date ({@code Reference}). Values follow
 * TIMEX3, extents the TimeML conventions (determiners and modifiers in, prepositions out).
 */
package org.newsgraph.nlp.time;
