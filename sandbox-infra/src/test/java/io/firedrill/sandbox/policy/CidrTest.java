package io.firedrill.sandbox.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CidrTest {

  @ParameterizedTest(name = "{1} in {0} -> {2}")
  @CsvSource(
      delimiterString = "|",
      textBlock =
          """
          203.0.113.0/24      | 203.0.113.0           | true
          203.0.113.0/24      | 203.0.113.255         | true
          203.0.113.0/24      | 203.0.114.0           | false
          203.0.113.0/25      | 203.0.113.127         | true
          203.0.113.0/25      | 203.0.113.128         | false
          203.0.113.7         | 203.0.113.7           | true
          203.0.113.7/32      | 203.0.113.8           | false
          0.0.0.0/0           | 198.51.100.1          | true
          0.0.0.0/0           | 2001:db8::1           | false
          203.0.113.0/24      | ::ffff:203.0.113.9    | true
          2001:db8::/32       | 2001:db8:ffff::1      | true
          2001:db8::/32       | 2001:db9::1           | false
          2001:db8::/33       | 2001:db8:8000::1      | false
          2001:db8::1         | 2001:0db8:0:0:0:0:0:1 | true
          ::/0                | ::1                   | true
          fe80::/10           | [fe80::1%eth0]        | true
          64:ff9b::/96        | 64:ff9b::192.0.2.33   | true
          203.0.113.0/24      | 203.0.113             | false
          203.0.113.0/24      | 203.0.113.256         | false
          203.0.113.0/24      | localhost             | false
          2001:db8::/32       | 2001:db8::1::2        | false
          2001:db8::/32       | 2001:db8:0:0:0:0:0:0:1 | false
          """)
  void containsAddresses(String block, String address, boolean expected) {
    byte[] bytes = IpLiterals.unmapped(IpLiterals.parse(address));

    assertThat(bytes != null && Cidr.parse(block).contains(bytes)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "203.0.113.0/33", "2001:db8::/129", "203.0.113.0/", "x/8", "1.2.3.4/a"})
  void refusesWhatIsNoBlock(String text) {
    assertThat(Cidr.parse(text)).isNull();
  }
}
