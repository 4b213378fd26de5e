/** Walking a parsed page: the one traversal that the metadata and body readers share. */
package org.newsgraph.extract.dom;
