/**
 * The extraction stage: {@code Page -> Article}.
 *
 * <p>{@link org.newsgraph.extract.NewsArticleExtractor} rejects what is not a text page, decodes
 * the bytes ({@code charset}), then parses HTML ({@code markup}) and reads it ({@code meta} for
 * title, byline, dates and the like; {@code html} for the body) or reads scraped plain text
 * ({@code text}), and finally applies the steps both share: text printed twice (a standfirst that
 * repeats the lead), the dateline, and the language. {@link org.newsgraph.extract.TimeLimitedExtractor} bounds the time per page.
 */
package org.newsgraph.extract;
