/**
 * Reading an article from scraped plain text, the words of a news page without its markup.
 *
 * <p>{@link org.newsgraph.extract.text.ScrapedTextReader} splits the text into candidate
 * paragraphs ({@code TextBlocks}), labels each on its own as body, interface text or short ({@code
 * BlockClassifier}: function-word density, sentence endings, interface phrases and shapes, bylines,
 * date lines), then chooses the story by context ({@code BodySelector}: the main run of body
 * paragraphs, subheadings and short sentences beside them, no comment section, no closing
 * promotions) and the headline above it ({@code Headline}). Paragraphs are kept as printed.
 */
package org.newsgraph.extract.text;
