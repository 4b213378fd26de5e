/** Guessing the language of a text from its most frequent words. */
package org.newsgraph.extract.lang;
