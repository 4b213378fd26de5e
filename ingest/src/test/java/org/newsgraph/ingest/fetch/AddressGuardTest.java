package org.newsgraph.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressGuardTest {

  /** A resolver from a fixed table, so that no test asks DNS. */
  private static final HostResolver TABLE =
      host -> {
        Map<String, String[]> table =
            Map.of(
                "news.test", new String[] {"93.184.215.14"},
                "intranet.test", new String[] {"10.1.2.3"},
                "split.test", new String[] {"93.184.215.14", "192.168.0.7"},
                "localhost", new String[] {"127.0.0.1", "::1"});
        String[] literals = table.get(host);
        if (literals == null) {
          if (host.contains(":") || host.matches("[0-9.]+")) {
            return InetAddress.getAllByName(host);
          }
          throw new UnknownHostException(host);
        }
        InetAddress[] addresses = new InetAddress[literals.length];
        for (int i = 0; i < literals.length; i++) {
          addresses[i] = InetAddress.getByName(literals[i]);
        }
        return addresses;
      };

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "http://127.0.0.1/           | refused: 127.0.0.1 is a loopback address",
        "http://10.0.0.1/            | refused: 10.0.0.1 is a private address",
        "http://172.20.1.1:8080/     | refused: 172.20.1.1 is a private address",
        "http://192.168.1.1/         | refused: 192.168.1.1 is a private address",
        "http://100.100.0.1/         | refused: 100.100.0.1 is a shared (carrier-grade NAT)"
            + " address",
        "http://169.254.169.254/latest/meta-data/ | refused: 169.254.169.254 is a link-local"
            + " address",
        "http://0.0.0.0/             | refused: 0.0.0.0 is an unspecified address",
        "http://[::1]/               | refused: ::1 is a loopback address",
        "http://[fd00::1]/           | refused: fd00::1 is a private (unique local) address",
        "http://[fe80::1]/           | refused: fe80::1 is a link-local address",
        "http://[::ffff:127.0.0.1]/  | refused: ::ffff:127.0.0.1 is a loopback address",
        "http://[::ffff:a9fe:a9fe]/  | refused: ::ffff:a9fe:a9fe is a link-local address",
        "http://2130706433/          | refused: 2130706433 resolves to 127.0.0.1, a loopback"
            + " address",
        "http://localhost:8080/      | refused: localhost resolves to 127.0.0.1, a loopback"
            + " address",
        "http://intranet.test/       | refused: intranet.test resolves to 10.1.2.3, a private"
            + " address",
        "http://split.test/          | refused: split.test resolves to 192.168.0.7, a private"
            + " address",
      })
  void refusesNonPublicAddresses(String url, String message) {
    AddressGuard guard = new AddressGuard(TABLE, false);

    assertThatThrownBy(() -> guard.check(URI.create(url), soon()))
        .isInstanceOf(FetchProblem.class)
        .hasMessage(message + " (use --allow-private to allow)");
  }

  @Test
  void letsPublicAddressesThrough() {
    AddressGuard guard = new AddressGuard(TABLE, false);

    assertThatCode(() -> guard.check(URI.create("https://news.test/story"), soon()))
        .doesNotThrowAnyException();
    assertThatCode(() -> guard.check(URI.create("http://8.8.8.8/"), soon()))
        .doesNotThrowAnyException();
  }

  @Test
  void letsPrivateAddressesThroughWhenAllowed() {
    AddressGuard guard = new AddressGuard(TABLE, true);

    assertThatCode(() -> guard.check(URI.create("http://127.0.0.1:8080/"), soon()))
        .doesNotThrowAnyException();
    assertThatCode(() -> guard.check(URI.create("http://intranet.test/"), soon()))
        .doesNotThrowAnyException();
  }

  @Test
  void givesUpOnLookupThatOutlivesTheDeadline() {
    HostResolver stuck =
        host -> {
          try {
            Thread.sleep(5_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          throw new UnknownHostException(host);
        };
    AddressGuard guard = new AddressGuard(stuck, false);

    assertTimeoutPreemptively(
        Duration.ofSeconds(3),
        () ->
            assertThatThrownBy(
                    () ->
                        guard.check(
                            URI.create("http://slow-dns.test/"),
                            Deadline.after(Duration.ofMillis(300))))
                .hasMessage("timed out after 300 ms"));
  }

  @Test
  void reportsHostThatDoesNotResolve() {
    AddressGuard guard = new AddressGuard(TABLE, true);

    assertThatThrownBy(() -> guard.check(URI.create("http://example.invalid/page"), soon()))
        .isInstanceOf(FetchProblem.class)
        .hasMessage("cannot resolve host example.invalid");
  }

  @Test
  void reportsAddressWithoutHost() {
    AddressGuard guard = new AddressGuard(TABLE, true);

    assertThatThrownBy(() -> guard.check(URI.create("http:///nowhere"), soon()))
        .isInstanceOf(FetchProblem.class)
        .hasMessage("URL has no host");
  }

  private static Deadline soon() {
    return Deadline.after(Duration.ofSeconds(2));
  }
}
