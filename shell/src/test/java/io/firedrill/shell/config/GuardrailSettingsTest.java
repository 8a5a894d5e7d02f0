package io.firedrill.shell.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.firedrill.injector.guardrail.GuardrailPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GuardrailSettingsTest {

  @Test
  void nothingSetMeansTheTargetsRegionTheDefaultCapsAndNoStopAlarm() {
    GuardrailPolicy policy = new GuardrailSettings(null, null, null, null, null, null).policy();

    assertThat(policy.regionsFor("eu-west-1")).containsExactly("eu-west-1");
    assertThat(policy.spend().maxPerStep()).isEqualTo(10);
    assertThat(policy.spend().maxPerExercise()).isEqualTo(20);
    assertThat(policy.stopAlarm()).isNull();
    assertThat(policy.stopAlarmEvery()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void setValuesAreKept() {
    GuardrailPolicy policy =
        new GuardrailSettings(
                List.of("us-east-1", " eu-west-1"),
                3,
                6,
                List.of("t3.*"),
                "gameday-stop",
                Duration.ofSeconds(2))
            .policy();

    assertThat(policy.regionsFor("us-east-1")).isEqualTo(Set.of("us-east-1", "eu-west-1"));
    assertThat(policy.spend().allowedTypes()).containsExactly("t3.*");
    assertThat(policy.stopAlarm()).isEqualTo("gameday-stop");
  }

  @Test
  void aBadSettingSaysWhichAndWhatWouldDo() {
    assertThatThrownBy(
            () -> new GuardrailSettings(List.of("Europe"), null, null, null, null, null).policy())
        .hasMessageContaining("firedrill.regions (FIREDRILL_REGIONS) expects AWS region names")
        .hasMessageContaining("'Europe'");
    assertThatThrownBy(() -> new GuardrailSettings(null, -1, null, null, null, null).policy())
        .hasMessageContaining("max-instances-per-step")
        .hasMessageContaining("zero or more");
    assertThatThrownBy(
            () -> new GuardrailSettings(null, null, null, null, "x", Duration.ZERO).policy())
        .hasMessageContaining("FIREDRILL_STOP_ALARM_EVERY");
  }
}
