package org.newsgraph.bench.variation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class DateShiftTest {

  @ParameterizedTest(name = "{0} moved {1} days is {2}")
  @CsvFileSource(resources = "date-shifts.csv")
  void movesDatesAndMonthsOnly(String value, long days, String expected) {
    assertThat(new DateShift(days).apply(value)).isEqualTo(expected);
  }
}
