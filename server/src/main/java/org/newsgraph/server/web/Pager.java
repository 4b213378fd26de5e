package org.newsgraph.server.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.newsgraph.index.query.ResultPage;

/** Links to the first, previous, next and last pages of a result, keeping the other parameters. */
final class Pager {

  private Pager() {}

  static Html of(Context ctx, ResultPage<?> results) {
    long pages = Math.max(1, (results.total() + results.size() - 1) / results.size());
    int page = results.page();
    Html nav = new Html().open("nav", "class", "pager", "aria-label", "Pages");
    nav.element("span", "Page " + page + " of " + pages + " (" + results.total() + " results)");
    if (page > 1) {
      nav.link(url(ctx, 1), "First").link(url(ctx, page - 1), "Previous", "rel", "prev");
    }
    if (page < pages) {
      nav.link(url(ctx, page + 1), "Next", "rel", "next").link(url(ctx, pages), "Last");
    }
    return nav.close("nav");
  }

  private static String url(Context ctx, long page) {
    StringBuilder url = new StringBuilder(ctx.path()).append("?page=").append(page);
    for (Map.Entry<String, List<String>> p : ctx.queryParamMap().entrySet()) {
      if (!p.getKey().equals("page")) {
        for (String value : p.getValue()) {
          url.append('&').append(Links.encode(p.getKey())).append('=').append(Links.encode(value));
        }
      }
    }
    return url.toString();
  }
}
