/**
 * Parsing HTML into a jsoup {@link org.jsoup.nodes.Document}: a fast path for the markup most
 * pages are made of, which builds exactly the tree jsoup's parser builds or gives up, and jsoup's
 * own parser for everything else.
 */
package org.newsgraph.extract.markup;
