/**
 * Evaluation of event coding: PLOVER gold-standard sentences (category, and category with source
 * and target countries) and ECB+ event mentions (triggers, and the time, place and participants
 * attached to them).
 */
package org.newsgraph.nlp.event.eval;
