package org.newsgraph.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.newsgraph.index.store.RecordCodec;

/**
 * The index's schema version, stored in every commit's user data. It joins a number, raised when
 * the field layout changes, with a fingerprint of the stored records' shapes, so an index written
 * by a build whose records differ is refused rather than misread.
 */
public final class Schema {

  /** The commit user data key that holds the version. */
  public static final String KEY = "newsgraph.schema";

  private static final int LAYOUT = 2;

  /** The version this build writes and reads. */
  public static final String VERSION = LAYOUT + "." + fingerprint();

  private Schema() {}

  private static String fingerprint() {
    String shapes =
        RecordCodec.shape(StoredArticle.class)
            + RecordCodec.shape(KnownEntity.class)
            + RecordCodec.shape(KnownEvent.class)
            + RecordCodec.shape(StoredQuote.class);
    return Integer.toHexString(shapes.hashCode());
  }

  /** Whether {@code directory} holds an index at all. */
  static boolean exists(Directory directory) throws IOException {
    return DirectoryReader.indexExists(directory);
  }

  /** Checks that the index in {@code directory} has this build's schema. */
  static void require(Directory directory, Path path) throws IOException {
    Map<String, String> data;
    try {
      data = SegmentInfos.readLatestCommit(directory).getUserData();
    } catch (IndexNotFoundException e) {
      throw new IndexUnusableException(
          path, "no NewsGraph index here; run 'newsgraph ingest --data " + path + " SOURCE...'");
    }
    String found = data.get(KEY);
    if (found == null) {
      throw new IndexUnusableException(path, "not a NewsGraph index (no schema version)");
    }
    if (!found.equals(VERSION)) {
      throw new IndexUnusableException(
          path,
          "index has schema version "
              + found
              + ", this NewsGraph reads version "
              + VERSION
              + "; ingest again into a new --data directory");
    }
  }
}
