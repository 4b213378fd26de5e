/**
 * Turning a page's bytes into text in the right charset, never mojibake: byte order mark, HTTP
 * header, the page's meta tag, then a check that the declared charset fits the bytes and a small
 * statistical detector for undeclared legacy charsets. {@link
 * org.newsgraph.extract.charset.PageDecoder} is the entry point; the rest is internal.
 */
package org.newsgraph.extract.charset;
