package org.newsgraph.server;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import org.newsgraph.core.Page;
import org.newsgraph.pipeline.PageSource;
import org.newsgraph.pipeline.PendingPage;

/** A page whose HTML came in the body of a request: a source of one page. */
record SubmittedPage(String name, String html) implements PageSource, PendingPage {

  @Override
  public Iterator<PendingPage> pages() {
    return List.<PendingPage>of(this).iterator();
  }

  @Override
  public String source() {
    return name;
  }

  @Override
  public Page load() {
    return new Page(name, null, html.getBytes(StandardCharsets.UTF_8), "text/html; charset=UTF-8");
  }
}
