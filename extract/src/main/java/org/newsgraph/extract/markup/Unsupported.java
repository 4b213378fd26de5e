package org.newsgraph.extract.markup;

/**
 * Thrown inside the fast path when the markup needs a parsing rule it does not implement; the
 * caller then parses the page with jsoup. Carries no stack trace: it is control flow, and the
 * reason says which rule was missing.
 */
final class Unsupported extends RuntimeException {

  private static final long serialVersionUID = 1L;

  Unsupported(String reason) {
    super(reason, null, false, false);
  }
}
