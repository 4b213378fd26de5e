/**
 * People, organisations, places and groups: names grouped into entities ("Mr Abe" is Shinzo
 * Abe), descriptions and pronouns resolved where clear, and the roles the text gives them.
 */
package org.newsgraph.nlp.entity;
