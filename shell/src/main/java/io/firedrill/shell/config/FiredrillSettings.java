package io.firedrill.shell.config;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a game master sets once rather than on every command. Read from {@code firedrill.*} keys in
 * {@code firedrill.yaml} (the working directory first, then the firedrill home), {@code
 * application.yaml}, or the environment ({@code FIREDRILL_ALLOWED_ACCOUNTS=111122223333,...},
 * {@code FIREDRILL_REPORT_DIR}, {@code FIREDRILL_DEFAULT_SPEED}). The AWS side stays AWS's: {@code
 * AWS_PROFILE}, {@code AWS_REGION}, {@code AWS_ENDPOINT_URL} and the default credential chain.
 *
 * @param allowedAccounts accounts an endpoint's credentials may reach, when a command names none
 * @param reportDir where exercises' journals and reports go; empty for reports/out
 * @param defaultSpeed the speed when a command names none: a factor up to 100, or max
 */
@ConfigurationProperties("firedrill")
public record FiredrillSettings(
    List<String> allowedAccounts, String reportDir, String defaultSpeed) {

  public FiredrillSettings {
    allowedAccounts = allowedAccounts == null ? List.of() : List.copyOf(allowedAccounts);
    defaultSpeed = defaultSpeed == null || defaultSpeed.isBlank() ? "1" : defaultSpeed;
  }

  /** The folder exercises are written under. */
  public Path reports() {
    if (reportDir != null && !reportDir.isBlank()) {
      return Path.of(reportDir);
    }
    String home = System.getProperty("firedrill.home");
    return home == null ? Path.of("reports", "out") : Path.of(home, "reports", "out");
  }
}
