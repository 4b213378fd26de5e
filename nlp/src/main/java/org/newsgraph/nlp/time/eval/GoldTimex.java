package org.newsgraph.nlp.time.eval;

/**
 * A TIMEX3 annotation of a TimeML document, placed in the document's plain text.
 *
 * @param start offset of the first character in the plain text of the {@code TEXT} element
 * @param end offset after the last character
 */
public record GoldTimex(String text, int start, int end, String type, String value, String mod) {}
