/**
 * The source stage: {@code Source -> Page}. Turns what the user names (files, directories, standard
 * input, http(s) URLs) into raw {@link org.newsgraph.core.Page}s, in the order given, with errors
 * that name the input and the problem.
 */
package org.newsgraph.ingest;
