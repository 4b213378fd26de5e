/**
 * Evaluation of event coding: PLOVER gold-standard sentences (category, and category with source
 * and target countries), ECB+ event mentions (triggers, and the time, place and participants
 * attached to them) and PETRARCH's unit-test records (CAMEO roots and actor country codes, by the
 * coder mechanic each record tests).
 */
package org.newsgraph.nlp.event.eval;
