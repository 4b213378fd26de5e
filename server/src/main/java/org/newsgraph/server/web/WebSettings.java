package org.newsgraph.server.web;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import org.newsgraph.server.watch.SmtpSettings;

/**
 * What the web UI needs beside the knowledge base.
 *
 * @param dataDir  the index's directory, where watchlists and the ingest log are kept
 * @param apiToken the bearer token API writes need; null disables API writes
 * @param smtp     the server digests are sent through; null disables sending
 * @param clock    what "today" is
 */
public record WebSettings(Path dataDir, String apiToken, SmtpSettings smtp, Clock clock) {
  public WebSettings {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(clock, "clock");
  }
}
