package org.newsgraph.server.web;

/** A write refused for want of its token: answered with status 403. */
final class Forbidden extends RuntimeException {

  private static final long serialVersionUID = 1L;

  Forbidden(String message) {
    super(message);
  }
}
