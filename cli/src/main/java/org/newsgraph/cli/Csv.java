package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.List;

/** Writes RFC 4180 rows: fields with commas, quotes or line breaks are quoted. */
final class Csv {

  private final PrintWriter out;

  Csv(PrintWriter out) {
    this.out = out;
  }

  void row(List<?> fields) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      Object field = fields.get(i);
      line.append(quoted(field == null ? "" : field.toString()));
    }
    out.print(line.append("\r\n"));
  }

  private static String quoted(String field) {
    if (field.indexOf(',') < 0
        && field.indexOf('"') < 0
        && field.indexOf('\n') < 0
        && field.indexOf('\r') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }
}
