package org.newsgraph.server.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** The frame around every page: head, skip link, main navigation, and the page's scripts. */
final class Layout {

  private static final String[][] NAVIGATION = {
    {"/search", "Search"},
    {"/quotes", "Quotes"},
    {"/pair", "Pairs"},
    {"/watchlists", "Watchlists"},
    {"/ingest", "Ingest status"},
  };

  private Layout() {}

  /** Answers {@code ctx} with a whole page: {@code body} inside the frame, then {@code scripts}. */
  static void send(Context ctx, HttpStatus status, String title, Html body, String... scripts) {
    ctx.status(status).contentType("text/html; charset=utf-8").result(page(title, body, scripts));
  }

  static void send(Context ctx, String title, Html body, String... scripts) {
    send(ctx, HttpStatus.OK, title, body, scripts);
  }

  static String page(String title, Html body, String... scripts) {
    Html page = new Html();
    page.open("head")
        .open("meta", "charset", "utf-8")
        .open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
        .element("title", title + " \u00b7 NewsGraph")
        .open("link", "rel", "stylesheet", "href", Assets.CSS)
        .close("head");
    page.open("body")
        .link("#main", "Skip to content", "class", "skip")
        .open("header", "class", "top")
        .open("nav", "aria-label", "Main")
        .link("/", "NewsGraph", "class", "brand");
    for (String[] item : NAVIGATION) {
      page.link(item[0], item[1]);
    }
    page.close("nav").close("header");
    page.open("main", "id", "main", "tabindex", "-1").append(body).close("main");
    for (String script : scripts) {
      page.open("script", "src", script).close("script");
    }
    page.close("body");
    return "<!doctype html>\n<html lang=\"en\">" + page + "</html>\n";
  }
}
