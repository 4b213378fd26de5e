package org.newsgraph.pipeline;

/** A page that was rejected or failed, and why. */
public record PageProblem(String page, PageOutcome outcome, String reason) {}
