package org.newsgraph.server.web;

import java.util.Locale;
import org.newsgraph.server.watch.Alert;
import org.newsgraph.server.watch.Digest;
import org.newsgraph.server.watch.DigestMode;

/** A digest as HTML (for the page and the email) and as plain text (for the email). */
final class DigestView {

  private DigestView() {}

  static String title(Digest d) {
    return d.watchlist().name() + " digest, " + d.day();
  }

  /** @param base the server's address for absolute links, or "" for links on this server */
  static Html body(Digest d, String base) {
    Html out = new Html().element("h1", title(d));
    if (d.mode() == DigestMode.NONE) {
      return out.element("p", "No digest is scheduled on " + d.day().getDayOfWeek()
          .name().toLowerCase(Locale.ROOT) + "; its alerts go into the next digest.");
    }
    out.element("p", summary(d), "class", "summary");
    out.open("ul", "class", "digest");
    for (Alert a : d.alerts()) {
      out.open("li").link(base + a.link(), a.title())
          .element("span", " " + a.date() + " \u00b7 " + a.detail() + " \u00b7 " + a.rule(),
              "class", "muted")
          .close("li");
    }
    return out.close("ul");
  }

  /** A whole HTML document for email clients. */
  static String email(Digest d, String base) {
    return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
        + Html.escape(title(d)) + "</title></head><body>" + body(d, base) + "</body></html>\n";
  }

  static String text(Digest d, String base) {
    StringBuilder s = new StringBuilder(title(d)).append("\n\n").append(summary(d)).append("\n\n");
    for (Alert a : d.alerts()) {
      s.append("- ").append(a.date()).append(": ").append(a.title()).append("\n  ")
          .append(base).append(a.link()).append('\n');
    }
    return s.toString();
  }

  private static String summary(Digest d) {
    String period = d.from().equals(d.day()) ? "on " + d.day()
        : "from " + d.from() + " to " + d.day();
    return d.mode() == DigestMode.SELECTION && d.total() > d.alerts().size()
        ? "A selection of " + d.alerts().size() + " of " + d.total() + " alerts " + period + "."
        : d.total() + " alerts " + period + ".";
  }
}
