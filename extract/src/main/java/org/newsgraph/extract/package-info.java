/**
 * The extraction stage: {@code Page -> Article}.
 *
 * <p>{@link org.newsgraph.extract.NewsArticleExtractor} decodes the bytes ({@code charset}), rejects
 * what is not a text page, then reads HTML ({@code meta} for title, byline, dates and the like;
 * {@code html} for the body) or scraped plain text ({@code text}), and finally applies the steps
 * both share: the dateline, a standfirst that repeats the lead, and the language.
 */
package org.newsgraph.extract;
