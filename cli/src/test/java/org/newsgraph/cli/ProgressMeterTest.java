package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.newsgraph.pipeline.ProgressListener;

class ProgressMeterTest {

  private final StringWriter shown = new StringWriter();
  private final ProgressMeter meter = new ProgressMeter(new PrintWriter(shown), "ingest", true);

  private String line() {
    meter.finished();
    String text = shown.toString();
    return text.substring(text.lastIndexOf('\r') + 1).strip();
  }

  @Test
  void knownTotalShowsItemsRateAndTimeLeft() {
    meter.started(10);
    meter.advanced();
    meter.advanced();
    meter.advanced();

    assertThat(line()).matches("ingest: 3/10, \\d+\\.\\d/s, \\d+s left");
  }

  @Test
  void unknownTotalShowsItemsAndRateOnly() {
    meter.started(ProgressListener.UNKNOWN);
    meter.advanced();
    meter.advanced();

    assertThat(line()).matches("ingest: 2, \\d+\\.\\d/s").doesNotContain("left");
  }

  @Test
  void totalToldOnceASourceIsReadBringsTheTimeLeft() {
    meter.started(ProgressListener.UNKNOWN);
    meter.advanced();
    meter.totalChanged(4);
    meter.advanced();

    assertThat(line()).matches("ingest: 2/4, \\d+\\.\\d/s, \\d+s left");
  }
}
