/**
 * The analyst's web UI: server-rendered pages over the knowledge base (search, article, entity,
 * pair, quotes, ingest status, watchlists). Every piece of text reaches the page through
 * {@link org.newsgraph.server.web.Html}, which escapes it; pages carry no inline scripts or
 * handlers, so a strict Content-Security-Policy holds; forms that change state carry a CSRF token.
 */
package org.newsgraph.server.web;
