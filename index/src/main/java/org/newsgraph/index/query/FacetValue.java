package org.newsgraph.index.query;

/**
 * How many matching articles have one value of a facet.
 *
 * @param id the merged entity's id for entity facets, else null
 */
public record FacetValue(String value, String id, int count) {}
