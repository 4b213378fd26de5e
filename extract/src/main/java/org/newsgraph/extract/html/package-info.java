/** Finding the article body in an HTML page and leaving the boilerplate behind. */
package org.newsgraph.extract.html;
