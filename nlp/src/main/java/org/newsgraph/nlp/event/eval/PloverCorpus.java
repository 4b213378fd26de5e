package org.newsgraph.nlp.event.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the PLOVER gold-standard records (a JSON array; {@code PLOVER_GSR_CAMEO.json}). The
 * documentation record is skipped. Codes are mapped to ISO 3166 where the file keeps CAMEO's
 * older ones ({@code JAP} is {@code JPN}); a target that is not a list of actors is no target.
 */
public final class PloverCorpus {

  private static final Map<String, String> ISO =
      Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VNM", "GMW", "DEU", "ROM", "ROU");

  private PloverCorpus() {}

  public static List<PloverRecord> load(Path file) {
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return parse(json);
  }

  static List<PloverRecord> parse(String json) {
    Object root = JsonReader.parse(json);
    if (!(root instanceof List<?> items)) {
      throw new IllegalArgumentException("PLOVER records: a JSON array expected");
    }
    List<PloverRecord> records = new ArrayList<>();
    for (Object item : items) {
      if (!(item instanceof Map<?, ?> r)) {
        continue;
      }
      Object event = r.get("event");
      Object text = r.get("text");
      if (!(event instanceof String category) || category.equals("DOCUMENT") || !(text instanceof String t)) {
        continue;
      }
      String id = r.get("id") instanceof String s ? s : "record-" + records.size();
      records.add(new PloverRecord(id, t.strip(), category, codes(r.get("source")), codes(r.get("target"))));
    }
    return records;
  }

  private static Set<String> codes(Object actors) {
    Set<String> out = new LinkedHashSet<>();
    if (actors instanceof List<?> list) {
      for (Object a : list) {
        if (a instanceof Map<?, ?> actor && actor.get("code") instanceof String code && !code.isBlank()) {
          out.add(ISO.getOrDefault(code, code));
        }
      }
    }
    return out;
  }
}
