package org.newsgraph.nlp.time.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalendarSpanTest {

  @ParameterizedTest
  @CsvSource({
    "2019-02-18, 2019-02-18, 2019-02-18",
    "2019-02, 2019-02-01, 2019-02-28",
    "2019, 2019-01-01, 2019-12-31",
    "197, 1970-01-01, 1979-12-31",
    "19, 1900-01-01, 1999-12-31",
    "2019-W08, 2019-02-18, 2019-02-24",
    "2019-W08-WE, 2019-02-23, 2019-02-24",
    "2020-W53, 2020-12-28, 2021-01-03",
    "2019-Q3, 2019-07-01, 2019-09-30",
    "2019-H2, 2019-07-01, 2019-12-31",
    "2019-SU, 2019-06-01, 2019-08-31",
    "2019-WI, 2018-12-01, 2019-02-28",
    "2019-02-27/2019-02-28, 2019-02-27, 2019-02-28",
  })
  void placesCalendarValues(String value, LocalDate first, LocalDate last) {
    assertThat(CalendarSpan.of(value)).isEqualTo(new CalendarSpan(first, last));
  }

  @ParameterizedTest
  @CsvSource({"P3M", "PRESENT_REF", "XXXX-06", "2019-02-30", "2019-13", "''"})
  void refusesWhatIsNotOnePeriod(String value) {
    assertThat(CalendarSpan.of(value)).isNull();
  }
}
