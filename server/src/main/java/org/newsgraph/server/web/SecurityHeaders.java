package org.newsgraph.server.web;

import io.javalin.http.Context;

/**
 * The headers every response carries: a Content-Security-Policy that allows scripts, styles and
 * requests from this server only (no inline scripts, handlers or styles), and no framing,
 * sniffing or referrers.
 */
public final class SecurityHeaders {

  /**
   * The policy: same-origin scripts, styles, images and fetches; nothing else. The one hash
   * admits the fixed style sheet the network library injects, and no other inline style.
   */
  public static final String POLICY =
      "default-src 'none'; script-src 'self';"
          + " style-src 'self' 'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8=';"
          + " img-src 'self' data:;"
          + " connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private SecurityHeaders() {}

  /** Sets the headers on {@code ctx}'s response; use as a before-handler for every path. */
  public static void apply(Context ctx) {
    ctx.header("Content-Security-Policy", POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
  }
}
