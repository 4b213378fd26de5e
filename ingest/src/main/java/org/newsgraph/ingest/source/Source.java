package org.newsgraph.ingest.source;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * One source of pages, read lazily and once: {@link #next()} until it is empty, then {@link
 * #report()}. Bad items and a source that cannot be read at all come out as {@link
 * SourceItem.Failed} items, never as exceptions. Close a source once what it gave is stored: a
 * source closed after being read to its end remembers the validators of the pages it fetched, so
 * the next reading asks for them conditionally. Not safe for use by several threads.
 */
public interface Source extends AutoCloseable {

  /** The source as the user named it. */
  String name();

  /** What the source is; {@link SourceKind#UNKNOWN} until a URL's content has been read. */
  SourceKind kind();

  /** The next item, or empty once the source is exhausted. */
  Optional<SourceItem> next();

  /**
   * How many items the source gives in all, when that can be told cheaply: a directory's page
   * files, a URL list's lines or a feed's items once the document is read, an archive's pages
   * estimated from the bytes read so far; empty when it cannot be told.
   */
  default OptionalInt expected() {
    return OptionalInt.empty();
  }

  /** What has been read so far: complete once {@link #next()} returned empty. */
  SourceReport report();

  @Override
  void close();
}
