package org.newsgraph.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** The words of class and id names, read as flags, from the table {@code element-names.csv}. */
class ElementNamesTest {

  private final ElementNames names = new ElementNames();

  @ParameterizedTest(name = "class={0} id={1} -> {2}")
  @CsvFileSource(resources = "/html/rules/element-names.csv")
  void readsNames(String className, String id, String expected) {
    int flags = names.flags(className == null ? "" : className, id == null ? "" : id);
    assertThat(letters(flags)).isEqualTo(expected == null ? "" : expected);
  }

  private static String letters(int flags) {
    StringBuilder out = new StringBuilder();
    if ((flags & ElementNames.CONTENT) != 0) {
      out.append('C');
    }
    if ((flags & ElementNames.COMMENTS) != 0) {
      out.append('M');
    }
    if ((flags & ElementNames.CERTAIN) != 0) {
      out.append('X');
    }
    if ((flags & ElementNames.LIKELY) != 0) {
      out.append('L');
    }
    if ((flags & ElementNames.MINOR) != 0) {
      out.append('N');
    }
    return out.toString();
  }
}
