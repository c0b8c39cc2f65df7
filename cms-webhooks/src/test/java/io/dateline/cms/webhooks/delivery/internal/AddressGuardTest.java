package io.dateline.cms.webhooks.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The outbound address guard")
class AddressGuardTest {
  private static final AddressGuard STRICT = new AddressGuard(false, false);

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "127.0.0.1, a loopback address",
    "127.9.9.9, a loopback address",
    "::1, a loopback address",
    "0.0.0.0, the any-local address",
    "::, the any-local address",
    "10.0.0.1, a private address",
    "10.255.1.2, a private address",
    "172.16.0.1, a private address",
    "172.31.255.255, a private address",
    "192.168.1.1, a private address",
    "100.64.0.1, a private address",
    "fd00::1, a private address",
    "fc00::1, a private address",
    "169.254.169.254, a link-local address",
    "fe80::1, a link-local address",
    "224.0.0.1, a multicast address",
    "ff02::1, a multicast address",
    "::ffff:10.0.0.1, a private address",
    "::ffff:127.0.0.1, a loopback address"
  })
  @DisplayName("refuses internal addresses by default")
  void refuses(String literal, String reason) throws Exception {
    assertThat(STRICT.refusal(InetAddress.getByName(literal))).isEqualTo(reason);
  }

  @ParameterizedTest
  @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::1"})
  @DisplayName("lets public addresses through")
  void allowsPublic(String literal) throws Exception {
    assertThat(STRICT.refusal(InetAddress.getByName(literal))).isNull();
  }

  @Test
  @DisplayName("the loopback flag allows loopback only; the private flag private and link-local")
  void flags() throws Exception {
    AddressGuard loopback = new AddressGuard(true, false);
    assertThat(loopback.refusal(InetAddress.getByName("127.0.0.1"))).isNull();
    assertThat(loopback.refusal(InetAddress.getByName("10.0.0.1"))).isNotNull();
    AddressGuard intranet = new AddressGuard(false, true);
    assertThat(intranet.refusal(InetAddress.getByName("10.0.0.1"))).isNull();
    assertThat(intranet.refusal(InetAddress.getByName("169.254.1.1"))).isNull();
    assertThat(intranet.refusal(InetAddress.getByName("127.0.0.1"))).isNotNull();
    assertThat(intranet.refusal(InetAddress.getByName("0.0.0.0"))).isNotNull();
  }

  @Test
  @DisplayName("checks the addresses a host name resolves to")
  void resolves() throws Exception {
    assertThat(STRICT.check("localhost")).startsWith("localhost resolves to a loopback address");
    assertThat(STRICT.check("10.20.30.40"))
        .isEqualTo("10.20.30.40 resolves to a private address (10.20.30.40)");
    assertThat(new AddressGuard(true, false).check("127.0.0.1")).isNull();
  }
}
