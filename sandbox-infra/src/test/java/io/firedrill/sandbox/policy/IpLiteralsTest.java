package io.firedrill.sandbox.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpLiteralsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0.0.0.0",
        "192.0.2.1",
        "255.255.255.255",
        "::",
        "::1",
        "2001:db8::",
        "2001:db8:0:0:1:0:0:1",
        "2001:DB8::ff00:42:8329",
        "::ffff:192.0.2.128",
        "64:ff9b::192.0.2.33",
        "fe80::1:2:3:4:5:6"
      })
  void readsWhatTheJdkReads(String literal) throws UnknownHostException {
    // Only literals here, so the JDK resolves nothing either; it reads ::ffff:a.b.c.d as IPv4.
    assertThat(IpLiterals.unmapped(IpLiterals.parse(literal)))
        .isEqualTo(InetAddress.getByName(literal).getAddress());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "192.0.2",
        "192.0.2.1.5",
        "192.0.2.256",
        "192.0.2.1000",
        "192.0..1",
        "192.0.2.",
        "+1.2.3.4",
        "1:2:3:4:5:6:7",
        "1:2:3:4:5:6:7:8:9",
        "1::2::3",
        "12345::",
        "g::1",
        "localhost"
      })
  void refusesWhatIsNoLiteral(String text) {
    assertThat(IpLiterals.parse(text)).isNull();
  }
}
