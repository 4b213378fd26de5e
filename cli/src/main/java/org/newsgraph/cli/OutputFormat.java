package org.newsgraph.cli;

/** How results are printed. */
enum OutputFormat {
  /** Readable text: a header of metadata lines, then the body. */
  TEXT,
  /** Pretty JSON: an object for one input, an array for several. */
  JSON,
  /** One compact JSON object per line, one line per input. */
  JSONL
}
