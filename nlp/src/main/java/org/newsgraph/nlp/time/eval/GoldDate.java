package org.newsgraph.nlp.time.eval;

/**
 * A hand-normalised date of a GUM document, placed in the document's rebuilt text.
 *
 * @param span the days it covers ({@code when}, or {@code from}/{@code to}, or {@code
 *     notBefore}/{@code notAfter}), or {@code null} when it is open on one side
 * @param clock the time of day when {@code when} gives one ({@code 2010-09-04T22:30}), else null
 */
public record GoldDate(String text, int start, int end, CalendarSpan span, String clock) {}
