package io.firedrill.exercise.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

  @ParameterizedTest
  @CsvSource({
    "0s, 0",
    "30s, 30000",
    "2m, 120000",
    "1m30s, 90000",
    "1h, 3600000",
    "500ms, 500",
    "1m500ms, 60500"
  })
  void readsHumanDurations(String text, long millis) {
    assertThat(Durations.parse(text)).contains(Duration.ofMillis(millis));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-30s", "30", "s", "30 s", "1.5m", "soon", "30sec", "PT30S"})
  void rejectsWhatIsNotADuration(String text) {
    assertThat(Durations.parse(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"0, 0s", "30000, 30s", "90000, 1m30s", "3600000, 1h", "3660000, 1h1m", "250, 250ms"})
  void formatsTheWayScenariosAreWritten(long millis, String text) {
    assertThat(Durations.format(Duration.ofMillis(millis))).isEqualTo(text);
    assertThat(Durations.parse(text)).contains(Duration.ofMillis(millis));
  }
}
