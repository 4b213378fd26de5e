/**
 * Finding the article body in an HTML page and leaving the boilerplate behind. {@link
 * org.newsgraph.extract.html.HtmlReader} reads the metadata, then {@link
 * org.newsgraph.extract.html.BodyExtractor} cuts the page into text blocks in one iterative walk
 * (dropping furniture by tag, role, visibility and class or id names, and counting text and link
 * text per element), scores containers by the paragraphs they hold, takes the best with its
 * sibling parts, and filters the blocks of web-page phrases, bylines, dates and link lists.
 */
package org.newsgraph.extract.html;
