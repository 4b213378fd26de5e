package org.newsgraph.server.web;

/** A page request or form the UI refuses: answered with status 400 and a page saying why. */
final class BadInput extends RuntimeException {

  private static final long serialVersionUID = 1L;

  BadInput(String message) {
    super(message);
  }
}
