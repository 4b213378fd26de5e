package org.newsgraph.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class ReservedAddressesTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvFileSource(resources = "reserved-addresses.csv")
  void classifiesAddress(String literal, String expected) throws UnknownHostException {
    InetAddress address = InetAddress.getByName(literal);

    assertThat(ReservedAddresses.kind(address).orElse("public")).isEqualTo(expected);
  }

  @Test
  void classifiesIpv4MappedAddressKeptInIpv6Form() throws UnknownHostException {
    byte[] mapped = new byte[16];
    mapped[10] = (byte) 0xFF;
    mapped[11] = (byte) 0xFF;
    mapped[12] = 10;
    mapped[15] = 1;
    InetAddress address = Inet6Address.getByAddress(null, mapped, 0);

    assertThat(address).isInstanceOf(Inet6Address.class);
    assertThat(ReservedAddresses.kind(address)).contains("a private address");
  }
}
