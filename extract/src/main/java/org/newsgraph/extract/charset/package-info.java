/** Turning a page's bytes into text in the right charset, never mojibake. */
package org.newsgraph.extract.charset;
