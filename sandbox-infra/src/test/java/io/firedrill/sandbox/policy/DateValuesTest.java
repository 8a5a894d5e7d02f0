package io.firedrill.sandbox.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateValuesTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiterString = "|",
      textBlock =
          """
          2024-05-01T12:00:00Z          | 2024-05-01T12:00:00Z
          2024-05-01t12:00:00z          | 2024-05-01T12:00:00Z
          2024-05-01T12:00Z             | 2024-05-01T12:00:00Z
          2024-05-01T12:00:00.250Z      | 2024-05-01T12:00:00.250Z
          2024-05-01T14:00:00+02:00     | 2024-05-01T12:00:00Z
          2024-05-01T12:00:00           | 2024-05-01T12:00:00Z
          2024-05-01                    | 2024-05-01T00:00:00Z
          1714564800                    | 2024-05-01T12:00:00Z
          0                             | 1970-01-01T00:00:00Z
          """)
  void readsIso8601AndEpochSeconds(String text, String instant) {
    assertThat(DateValues.millis(text)).hasValue(Instant.parse(instant).toEpochMilli());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "yesterday", "2024-13-01", "2024-05-01T25:00:00Z", "-5", "1.5"})
  void refusesWhatIsNoDate(String text) {
    assertThat(DateValues.millis(text)).isEmpty();
  }
}
