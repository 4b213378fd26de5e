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
  private static final ObjectMapper PRETTY =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

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

  /** Whether the output can no longer be written to (a closed pipe, say). */
  boolean closed() {
    return out.checkError();
  }

  private void printText(Map<String, Object> result) {
    if (printed++ > 0) {
      out.println();
      out.println("=".repeat(72));
    }
    for (Map.Entry<String, Object> field : result.entrySet()) {
      if (!field.getKey().equals("text")) {
        printField(field.getKey(), field.getValue());
      }
    }
    Object text = result.get("text");
    if (text != null) {
      out.println();
      out.println(text);
    }
  }

  /** One line per field, one per image or warning; empty fields are left out. */
  private void printField(String key, Object value) {
    if (value == null) {
      return;
    }
    if (!(value instanceof List<?> list)) {
      out.println(key + ": " + value);
      return;
    }
    if (key.equals("authors")) {
      if (!list.isEmpty()) {
        out.println(key + ": " + String.join(", ", list.stream().map(String::valueOf).toList()));
      }
      return;
    }
    String singular = key.endsWith("s") ? key.substring(0, key.length() - 1) : key;
    for (Object item : list) {
      out.println(singular + ": " + (item instanceof Map<?, ?> map ? describeImage(map) : item));
    }
  }

  private static String describeImage(Map<?, ?> image) {
    Object caption = image.get("caption");
    return image.get("src") + (caption == null ? "" : " (" + caption + ")");
  }

  private static String write(ObjectMapper mapper, Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
