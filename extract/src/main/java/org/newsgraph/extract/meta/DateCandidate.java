package org.newsgraph.extract.meta;

import java.util.Objects;

/**
 * A publication date one source on the page gives.
 *
 * @param value  the date
 * @param source the kind of source
 * @param origin which tag or element, for warnings ({@code "meta article:published_time"})
 */
record DateCandidate(DateValue value, DateSource source, String origin) {
  DateCandidate {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(origin, "origin");
  }
}
