package org.newsgraph.server;

/** A request the API refuses: answered with status 400 and a JSON error naming the parameter. */
final class BadRequest extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String parameter;

  BadRequest(String parameter, String message) {
    super(message);
    this.parameter = parameter;
  }

  String parameter() {
    return parameter;
  }
}
