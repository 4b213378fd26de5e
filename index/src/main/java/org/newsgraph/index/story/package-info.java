/**
 * Story clusters: near-duplicate articles (copies of one wire story) found by MinHash over word
 * shingles with locality-sensitive bands, so they count as one source, not several.
 */
package org.newsgraph.index.story;
