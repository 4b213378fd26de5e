/**
 * How the index lays records out in Lucene: field names, the documents built from records, and the
 * codec that stores records as bytes. Internal to the index module.
 */
package org.newsgraph.index.store;
