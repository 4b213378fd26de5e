package org.newsgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Properties;
import org.newsgraph.server.watch.SmtpSettings;

/**
 * The {@code --config} properties file of {@code serve}. Keys: {@code ingest.token} (the bearer
 * token of API writes, else the {@code NEWSGRAPH_INGEST_TOKEN} environment variable); {@code
 * smtp.host}, {@code smtp.port} (default 587), {@code smtp.from}, {@code smtp.username}, {@code
 * smtp.password}, {@code smtp.starttls} ({@code true} or {@code false}, default {@code true}) for
 * sending digests by email, which is off without {@code smtp.host}; {@code digest.time} (HH:MM,
 * default 07:00), when each day's digests go out.
 */
final class ServeConfig {

  static final String TOKEN_PROPERTY = "ingest.token";
  static final String TOKEN_VARIABLE = "NEWSGRAPH_INGEST_TOKEN";
  static final LocalTime DEFAULT_DIGEST_TIME = LocalTime.of(7, 0);

  private final Path file;
  private final Properties properties;

  private ServeConfig(Path file, Properties properties) {
    this.file = file;
    this.properties = properties;
  }

  /** The settings in {@code file}, or none when it is null. */
  static ServeConfig load(Path file) throws IOException {
    Properties properties = new Properties();
    if (file != null) {
      try (InputStream in = Files.newInputStream(file)) {
        properties.load(in);
      } catch (IOException e) {
        throw new IOException(file + ": cannot read: " + e.getMessage(), e);
      }
    }
    return new ServeConfig(file, properties);
  }

  /** The bearer token API writes need, or null when none is configured. */
  String token() {
    String token = value(TOKEN_PROPERTY);
    if (token != null) {
      return token;
    }
    String fromEnvironment = System.getenv(TOKEN_VARIABLE);
    return fromEnvironment == null || fromEnvironment.isBlank() ? null : fromEnvironment.strip();
  }

  /** The time of day the day's digests are sent at: {@code digest.time}, default 07:00. */
  LocalTime digestTime() {
    String text = value("digest.time");
    if (text == null) {
      return DEFAULT_DIGEST_TIME;
    }
    try {
      return LocalTime.parse(text);
    } catch (DateTimeParseException e) {
      throw invalid("digest.time must be a time of day like 07:00, not '" + text + "'");
    }
  }

  /** The SMTP server digests are sent through, or null when {@code smtp.host} is not set. */
  SmtpSettings smtp() {
    String host = value("smtp.host");
    if (host == null) {
      return null;
    }
    String from = value("smtp.from");
    if (from == null) {
      throw invalid("smtp.from is required with smtp.host");
    }
    int port = port(value("smtp.port"));
    boolean startTls = flag(value("smtp.starttls"));
    try {
      return new SmtpSettings(
          host, port, from, value("smtp.username"), value("smtp.password"), startTls);
    } catch (IllegalArgumentException e) {
      throw invalid(e.getMessage());
    }
  }

  private int port(String text) {
    if (text == null) {
      return 587;
    }
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw invalid("smtp.port must be a number, not '" + text + "'");
    }
  }

  private boolean flag(String text) {
    if (text == null) {
      return true;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (!lower.equals("true") && !lower.equals("false")) {
      throw invalid("smtp.starttls must be true or false, not '" + text + "'");
    }
    return lower.equals("true");
  }

  private String value(String key) {
    String value = properties.getProperty(key);
    return value == null || value.isBlank() ? null : value.strip();
  }

  private IllegalArgumentException invalid(String problem) {
    return new IllegalArgumentException(file + ": " + problem);
  }
}
