package org.newsgraph.index.query;

/** An entity and in how many articles it appears beside another. */
public record CoMention(String id, String name, String type, int articles) {}
