/**
 * The API stage: {@code Index -> API}. A Javalin server translates HTTP requests into queries of
 * the {@link org.newsgraph.index.KnowledgeBase}, checks every parameter, and documents itself at
 * {@code /api/openapi.json}.
 */
package org.newsgraph.server;
