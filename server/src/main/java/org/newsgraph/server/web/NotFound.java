package org.newsgraph.server.web;

/** A page or resource of the UI that does not exist: answered with status 404. */
final class NotFound extends RuntimeException {

  private static final long serialVersionUID = 1L;

  NotFound(String message) {
    super(message);
  }
}
