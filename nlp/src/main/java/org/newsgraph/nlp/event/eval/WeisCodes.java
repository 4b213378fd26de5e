package org.newsgraph.nlp.event.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Event codes of the PETRARCH validation dictionary read as CAMEO roots: its WEIS codes by the
 * crosswalk in {@code weis-cameo.csv}, and the codes WEIS does not have ("030", "1711") as CAMEO.
 */
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

  /**
   * The CAMEO root of {@code code}: by the crosswalk for a WEIS code ("122" is "11"), else its
   * first two digits when it has CAMEO's shape (three or four digits, root "01" to "20"), else
   * {@code null} ("345", "174K", "903").
   */
  String cameoRoot(String code) {
    if (code == null) {
      return null;
    }
    String weis = roots.get(code);
    if (weis != null) {
      return weis;
    }
    boolean shaped = (code.length() == 3 || code.length() == 4) && code.chars().allMatch(Character::isDigit);
    if (!shaped) {
      return null;
    }
    int root = Integer.parseInt(code.substring(0, 2));
    return root >= 1 && root <= 20 ? code.substring(0, 2) : null;
  }
}
