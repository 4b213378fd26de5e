package org.newsgraph.index.query;

/**
 * One period of an entity's timeline.
 *
 * @param mentions articles published in the period that mention the entity
 * @param events events dated in the period that the entity took part in
 */
public record TimelineBucket(String period, int mentions, int events) {}
