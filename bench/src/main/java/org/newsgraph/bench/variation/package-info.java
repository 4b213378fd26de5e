/**
 * Generated variations of read articles, to grow a realistic index from a few hundred articles read
 * for real: new address, publication date moved within one year (time values moved with it),
 * paragraphs shuffled, entities renamed from a pool of the corpus's own names. Every fact is
 * carried over to the new text, so its offsets stay valid.
 */
package org.newsgraph.bench.variation;
