package org.newsgraph.server.watch;

import java.util.Objects;

/**
 * The SMTP server digests are sent through.
 *
 * @param username null for a server that needs no login
 * @param startTls whether to upgrade the connection with STARTTLS (required when set)
 */
public record SmtpSettings(
    String host, int port, String from, String username, String password, boolean startTls) {
  public SmtpSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(from, "from");
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("SMTP port must be from 1 to 65535, not " + port);
    }
  }
}
