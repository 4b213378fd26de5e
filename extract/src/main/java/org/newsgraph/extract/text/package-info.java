/** Reading an article from scraped plain text: title, boilerplate lines, paragraphs. */
package org.newsgraph.extract.text;
