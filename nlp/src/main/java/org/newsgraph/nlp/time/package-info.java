/** Finding time expressions and resolving them against the publication date and tense. */
package org.newsgraph.nlp.time;
