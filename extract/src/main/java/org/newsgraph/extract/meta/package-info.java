/**
 * Article metadata from HTML: title, authors, publication date, site, canonical address and
 * declared language, read from JSON-LD, OpenGraph and other meta tags, time elements, bylines,
 * the text near the headline and the address. {@link
 * org.newsgraph.extract.meta.MetadataExtractor} is the entry point; one package-private reader
 * per field does the work, and dates go through a resolver that ranks their sources.
 */
package org.newsgraph.extract.meta;
