package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Prints a confusion table: one row per gold label, one column per predicted label, zeros as dots. */
final class ConfusionTable {

  private ConfusionTable() {}

  /**
   * Prints {@code confusion} (gold label to predicted label to count) with row labels padded to
   * {@code rowWidth} and each column headed by {@code heading} of its label.
   */
  static void print(PrintWriter out, Map<String, Map<String, Integer>> confusion, List<String> columns,
      int rowWidth, UnaryOperator<String> heading) {
    String rowLabel = "%-" + rowWidth + "s";
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, rowLabel, ""));
    for (String c : columns) {
      header.append(String.format(Locale.ROOT, " %4s", heading.apply(c)));
    }
    out.println(header);
    for (Map.Entry<String, Map<String, Integer>> row : confusion.entrySet()) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, rowLabel, row.getKey()));
      for (String c : columns) {
        int n = row.getValue().getOrDefault(c, 0);
        line.append(String.format(Locale.ROOT, " %4s", n == 0 ? "." : Integer.toString(n)));
      }
      out.println(line);
    }
  }
}
