package io.firedrill.sandbox.guardduty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class IpBlocksTest {

  private final IpBlocks blocks =
      IpBlocks.of(List.of("185.220.100.0/22", "203.0.113.7", " 2001:db8::/32 ", "10.0.0.0/8"));

  @Test
  void containsTheAddressesOfItsBlocksAndNoOthers() {
    assertThat(blocks.contains("185.220.101.7")).isTrue();
    assertThat(blocks.contains("185.220.103.255")).isTrue();
    assertThat(blocks.contains("185.220.104.0")).isFalse();
    assertThat(blocks.contains("203.0.113.7")).isTrue();
    assertThat(blocks.contains("203.0.113.8")).isFalse();
    assertThat(blocks.contains("2001:db8:1::5")).isTrue();
    assertThat(blocks.contains("2001:db9::1")).isFalse();
    assertThat(blocks.contains("10.200.3.4")).isTrue();
  }

  @Test
  void anythingButAnAddressIsInNoBlock() {
    assertThat(blocks.contains(null)).isFalse();
    assertThat(blocks.contains("ec2.amazonaws.com")).isFalse();
    assertThat(blocks.contains("185.220.101")).isFalse();
    assertThat(blocks.contains("185.220.101.300")).isFalse();
    assertThat(blocks.contains("")).isFalse();
  }

  @Test
  void refusesAnEntryThatIsNeitherAnAddressNorABlock() {
    for (String bad : List.of("example.com", "10.0.0.0/33", "10.0.0.0/", "1.2.3.4/x", "")) {
      assertThatThrownBy(() -> IpBlocks.of(List.of(bad)))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void theDefaultTorListIsReadableAndNamesKnownExitBlocks() {
    assertThat(TorExitNodes.defaultEntries()).contains("185.220.100.0/22");
    assertThat(TorExitNodes.defaults().contains("185.220.101.1")).isTrue();
    assertThat(TorExitNodes.defaults().contains("198.51.100.23")).isFalse();
  }
}
