package org.newsgraph.ingest;

import java.util.Locale;

/** Byte counts as people write them: "16 MiB", "64 KiB", "1,000 bytes". */
public final class ByteCounts {

  private static final long KIB = 1024;
  private static final long MIB = KIB * KIB;

  private ByteCounts() {}

  /** {@code bytes} in the largest binary unit that divides it, else in bytes. */
  public static String describe(long bytes) {
    if (bytes >= MIB && bytes % MIB == 0) {
      return bytes / MIB + " MiB";
    }
    if (bytes >= KIB && bytes % KIB == 0) {
      return bytes / KIB + " KiB";
    }
    return String.format(Locale.ROOT, "%,d bytes", bytes);
  }
}
