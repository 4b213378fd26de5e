package org.newsgraph.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prints one result per input in the chosen format. JSONL and text go out as each result comes;
 * JSON is held until the end so that one input prints an object and several an array.
 */
final class ResultPrinter {

  private static final ObjectMapper COMPACT = new ObjectMapper();
  private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final OutputFormat format;
  private final PrintWriter out;
  private final List<Map<String, Object>> held = new ArrayList<>();
  private int printed;

  ResultPrinter(OutputFormat format, PrintWriter out) {
    this.format = format;
    this.out = out;
  }

  void print(Map<String, Object> result) {
    switch (format) {
      case JSONL -> out.println(write(COMPACT, result));
      case JSON -> held.add(result);
      case TEXT -> printText(result);
    }
    out.flush();
  }

  void finish() {
    if (format == OutputFormat.JSON) {
      out.println(write(PRETTY, held.size() == 1 ? held.get(0) : held));
    }
    out.flush();
  }

  private void printText(Map<String, Object> result) {
    if (printed++ > 0) {
      out.println();
      out.println("=".repeat(72));
    }
    for (Map.Entry<String, Object> field : result.entrySet()) {
      String key = field.getKey();
      Object value = field.getValue();
      if (key.equals("text") || value == null || (value instanceof List<?> list && list.isEmpty())) {
        continue;
      }
      out.println(key + ": " + (value instanceof List<?> ? write(COMPACT, value) : value));
    }
    Object text = result.get("text");
    if (text != null) {
      out.println();
      out.println(text);
    }
  }

  private static String write(ObjectMapper mapper, Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
