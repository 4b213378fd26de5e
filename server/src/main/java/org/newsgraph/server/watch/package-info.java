/**
 * Watchlists: saved rules over structured facts (a new event of an action or type involving an
 * entity, the first contact between two entities, a new quote by an entity, an entity in many
 * independent sources on one day), stored beside the index; the alerts they raise, their Atom
 * feeds, daily digests on a weekday schedule, and sending digests by SMTP.
 */
package org.newsgraph.server.watch;
