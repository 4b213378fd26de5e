/** Article metadata from HTML: JSON-LD, OpenGraph, meta tags, time elements, bylines, URLs. */
package org.newsgraph.extract.meta;
