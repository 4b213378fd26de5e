package org.newsgraph.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Runs the commented table of byline cases in {@code meta/bylines.csv}. */
class AuthorNamesTest {

  @ParameterizedTest(name = "{0} => {1}")
  @CsvFileSource(
      resources = "/meta/bylines.csv",
      delimiterString = " => ",
      quoteCharacter = '`',
      nullValues = "-")
  void bylineNames(String byline, String expected) {
    List<String> names = expected == null ? List.of() : Arrays.asList(expected.split(" ; "));

    List<String> parsed = AuthorNames.parse(byline);

    assertThat(distinct(parsed)).containsExactlyElementsOf(names);
  }

  /** Deduplication belongs to {@link Authors}; the table states the distinct names. */
  private static List<String> distinct(List<String> names) {
    return names.stream()
        .collect(Collectors.toMap(Text::key, n -> n, (a, b) -> a, java.util.LinkedHashMap::new))
        .values()
        .stream()
        .toList();
  }
}
