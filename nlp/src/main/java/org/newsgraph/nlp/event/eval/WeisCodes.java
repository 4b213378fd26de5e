package org.newsgraph.nlp.event.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** WEIS event codes read as CAMEO roots, by the crosswalk in {@code weis-cameo.csv}. */
final class WeisCodes {

  private final Map<String, String> roots = new HashMap<>();

  private WeisCodes() {}

  static WeisCodes load() {
    WeisCodes codes = new WeisCodes();
    try (InputStream in = WeisCodes.class.getResourceAsStream("weis-cameo.csv")) {
      if (in == null) {
        throw new IllegalStateException("weis-cameo.csv is missing from the class path");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] f = line.split("\\|", -1);
          if (f.length != 3) {
            throw new IllegalStateException("weis-cameo.csv: three fields expected: " + line);
          }
          codes.roots.put(f[0], f[1]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read weis-cameo.csv", e);
    }
    return codes;
  }

  /** The CAMEO root of a three-digit WEIS code ("122" is "11"), or {@code null} for any other code. */
  String cameoRoot(String weis) {
    if (weis == null || weis.length() != 3 || !weis.chars().allMatch(Character::isDigit)) {
      return null;
    }
    String root = roots.get(weis);
    return root != null ? root : roots.get(weis.substring(0, 2));
  }
}
