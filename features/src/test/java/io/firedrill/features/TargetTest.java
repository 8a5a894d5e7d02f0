package io.firedrill.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Choosing where the features play, and whose rules and playbooks they use, from the settings. */
class TargetTest {

  @AfterEach
  void clear() {
    for (String p :
        new String[] {
          "firedrill.target",
          "firedrill.endpoint",
          "firedrill.allowed.accounts",
          "firedrill.playbooks",
          "firedrill.detections"
        }) {
      System.clearProperty(p);
    }
  }

  @Test
  void theEmbeddedSandboxIsTheDefaultAndAlwaysUsable() {
    assertThat(Target.current().name()).isEqualTo(Target.EMBEDDED);
    assertThat(Target.current().endpoint()).isNull();
    assertThat(Target.current().unusable()).isNull();
  }

  @Test
  void anAccountWithoutAnEndpointOrAnAllowListIsSkippedSayingWhatIsMissing() {
    System.setProperty("firedrill.target", "account");
    assertThat(Target.current().unusable()).contains("needs FIREDRILL_ENDPOINT");
    System.setProperty("firedrill.endpoint", "http://localhost:4566");
    assertThat(Target.current().unusable()).contains("needs FIREDRILL_ALLOWED_ACCOUNTS");
    System.setProperty("firedrill.allowed.accounts", "000000000000, 111111111111");
    assertThat(Target.current().unusable()).isNull();
    assertThat(Target.current().allowedAccounts()).containsOnly("000000000000", "111111111111");
  }

  @Test
  void anUnknownTargetIsNamed() {
    System.setProperty("firedrill.target", "prod");
    assertThat(Target.current().unusable()).contains("unknown FIREDRILL_TARGET 'prod'");
  }

  @Test
  void aTeamsFoldersReplaceWhatTheFeaturesName() {
    assertThat(Settings.detections("detections/"))
        .isEqualTo(Settings.home().resolve("detections/"));
    assertThat(Settings.playbook("standard-responder")).isEqualTo("standard-responder");
    System.setProperty("firedrill.detections", "/team/rules");
    System.setProperty("firedrill.playbooks", "/team/playbooks");
    assertThat(Settings.detections("detections/")).isEqualTo(Path.of("/team/rules"));
    assertThat(Settings.playbook("standard-responder"))
        .isEqualTo(Path.of("/team/playbooks/standard-responder.yaml").toString());
    assertThat(Settings.playbook("playbooks/auto-remediate-cloudtrail.yaml"))
        .isEqualTo(Path.of("/team/playbooks/auto-remediate-cloudtrail.yaml").toString());
  }
}
