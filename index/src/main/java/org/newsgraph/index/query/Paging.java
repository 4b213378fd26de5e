package org.newsgraph.index.query;

/**
 * Which page of results to return: pages count from 1. Every result can be reached: the bound on
 * pages times the largest page size is far above any result count the bound would cut.
 */
public record Paging(int page, int size) {

  /** The largest page number accepted. */
  public static final int MAX_PAGE = 100_000;

  /** The largest page size accepted. */
  public static final int MAX_SIZE = 100;

  /** The page size when none is asked for. */
  public static final int DEFAULT_SIZE = 20;

  public Paging {
    if (page < 1 || page > MAX_PAGE) {
      throw new IllegalArgumentException("page must be from 1 to " + MAX_PAGE + ", not " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be from 1 to " + MAX_SIZE + ", not " + size);
    }
  }

  /** The first page of the default size. */
  public static Paging first() {
    return new Paging(1, DEFAULT_SIZE);
  }

  /** How many results precede this page. */
  public int offset() {
    return (page - 1) * size;
  }

  /** How many top results must be collected to fill this page. */
  public int end() {
    return offset() + size;
  }
}
