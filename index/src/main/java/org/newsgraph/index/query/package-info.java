/**
 * The questions the knowledge base answers and the shape of its answers: searches of articles,
 * quotes and events with dates and paging, entity profiles and timelines.
 */
package org.newsgraph.index.query;
