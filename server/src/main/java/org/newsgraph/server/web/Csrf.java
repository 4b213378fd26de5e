package org.newsgraph.server.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Guards forms that change state with a double-submitted token: a random value in a strict
 * same-site, script-hidden cookie that each form repeats in a hidden field. Another site can
 * neither read the cookie nor make the browser send it, so it cannot forge the pair.
 */
final class Csrf {

  /** The cookie and the form field that carry the token. */
  static final String NAME = "ng_csrf";

  private static final SecureRandom RANDOM = new SecureRandom();

  private Csrf() {}

  /** The token of this browser, set as a cookie on first sight. */
  static String token(Context ctx) {
    String token = ctx.cookie(NAME);
    if (token == null || !token.matches("[0-9a-f]{64}")) {
      byte[] bytes = new byte[32];
      RANDOM.nextBytes(bytes);
      token = HexFormat.of().formatHex(bytes);
      Cookie cookie = new Cookie(NAME, token);
      cookie.setPath("/");
      cookie.setHttpOnly(true);
      cookie.setSameSite(SameSite.STRICT);
      ctx.cookie(cookie);
      ctx.attribute(NAME, token);
    }
    Object fresh = ctx.attribute(NAME);
    return fresh instanceof String s ? s : token;
  }

  /** Whether the form posted with {@code ctx} repeats its cookie's token. */
  static boolean valid(Context ctx) {
    String cookie = ctx.cookie(NAME);
    String field = ctx.formParam(NAME);
    return cookie != null && field != null
        && MessageDigest.isEqual(
            cookie.getBytes(StandardCharsets.UTF_8), field.getBytes(StandardCharsets.UTF_8));
  }

  /** The hidden field a form that changes state must carry. */
  static Html field(Context ctx) {
    return new Html().open("input", "type", "hidden", "name", NAME, "value", token(ctx));
  }
}
