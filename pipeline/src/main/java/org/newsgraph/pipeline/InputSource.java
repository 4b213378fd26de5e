package org.newsgraph.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.core.Page;
import org.newsgraph.ingest.Input;
import org.newsgraph.ingest.Inputs;
import org.newsgraph.ingest.PageLoadException;
import org.newsgraph.ingest.PageLoader;

/** A file, a directory of pages or an http(s) URL, read through the ingest module's loader. */
public final class InputSource implements PageSource {

  private final String name;
  private final PageLoader loader;

  public InputSource(String name, PageLoader loader) {
    this.name = name;
    this.loader = loader;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<PendingPage> pages() {
    List<PendingPage> pages = new ArrayList<>();
    for (Input input : Inputs.expand(List.of(name))) {
      pages.add(new LoadedInput(input));
    }
    return pages;
  }

  /** One input, loaded by the shared loader when asked. */
  private final class LoadedInput implements PendingPage {
    private final Input input;

    LoadedInput(Input input) {
      this.input = input;
    }

    @Override
    public String source() {
      return input.source();
    }

    @Override
    public Page load() throws PageLoadException {
      synchronized (loader) {
        return loader.load(input);
      }
    }
  }
}
