package org.newsgraph.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quick reading of plain forms agrees with the ISO parsers on every value, good or bad. */
class PublicationDatesTest {

  @Test
  void readsEveryValueAsTheIsoParsersDo() {
    List<String> values = new ArrayList<>();
    for (String date :
        List.of(
            "2019-02-18", "2019-02-29", "2020-02-29", "2000-02-29", "1900-02-29", "2019-04-31",
            "2019-12-31", "2019-13-01", "2019-00-10", "2019-01-00", "0000-01-01", "2019-1-18",
            "2019/02/18")) {
      values.add(date);
      for (String time :
          List.of(
              "T05:00:00+08:00", "T23:59:59-05:30", "T24:00:00+00:00", "T12:60:00+00:00",
              "T12:00:60+00:00", "T12:00:00+17:59", "T12:00:00+18:00", "T12:00:00-18:00",
              "T12:00:00+18:01", "T12:00:00+05:60", "T12:00:00-00:00", "t12:00:00+01:00",
              "T12:00:00Z", "T12:00+01:00", "T12:00:00.5+01:00", "T12:00:00*01:00")) {
        values.add(date + time);
      }
    }
    for (String value : values) {
      LocalDate expected = parsed(value);
      if (expected == null) {
        assertThatThrownBy(() -> PublicationDates.dateOf(value))
            .as(value)
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("not an ISO-8601 date or date-time: " + value);
      } else {
        assertThat(PublicationDates.dateOf(value)).as(value).isEqualTo(expected);
      }
    }
  }

  @Test
  void rejectsWhatIsNoDate() {
    assertThatThrownBy(() -> PublicationDates.requireValid("yesterday"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not an ISO-8601 date or date-time: yesterday");
  }

  private static LocalDate parsed(String value) {
    try {
      return value.length() == 10
          ? LocalDate.parse(value)
          : OffsetDateTime.parse(value).toLocalDate();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
