package org.newsgraph.server.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The UI's addresses, built in one place with their parameters encoded. */
final class Links {

  private Links() {}

  static String article(String id) {
    return "/articles/" + encode(id);
  }

  static String entity(String id) {
    return "/entities/" + encode(id);
  }

  static String pair(String a, String b) {
    return "/pair?a=" + encode(a) + "&b=" + encode(b);
  }

  static String quotesBy(String speaker) {
    return "/quotes?speaker=" + encode(speaker);
  }

  static String watchlist(String id) {
    return "/watchlists/" + encode(id);
  }

  static String feed(String id) {
    return "/watchlists/" + encode(id) + "/feed.atom";
  }

  static String digest(String id) {
    return "/watchlists/" + encode(id) + "/digest";
  }

  /** {@code url} when it is an http(s) address, else null: never a script or data URL. */
  static String external(String url) {
    if (url == null) {
      return null;
    }
    String lower = url.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://") ? url.strip() : null;
  }

  /** A query parameter value, percent-encoded. */
  static String encode(String value) {
    return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
  }
}
