/**
 * Guessing the language of a text: its writing system, then the function words of Latin-script
 * languages. {@link org.newsgraph.extract.lang.LanguageGuesser} is the entry point.
 */
package org.newsgraph.extract.lang;
