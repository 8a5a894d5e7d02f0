package io.firedrill.shell.gameday;

import io.firedrill.exercise.clock.Speed;
import io.firedrill.shell.config.FiredrillSettings;
import io.firedrill.shell.exercise.RunOptions;
import io.firedrill.shell.exercise.TargetChoice;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** {@code gameday start}'s options, checked: each problem says what was given and what would do. */
final class StartOptions {

  private StartOptions() {}

  /** A problem with the options, worded for the person who typed them. */
  static final class BadOption extends IllegalArgumentException {
    BadOption(String message) {
      super(message);
    }
  }

  static RunOptions parse(
      String scenario,
      String blue,
      String speed,
      String sandbox,
      String endpoint,
      String profile,
      String allowAccount,
      FiredrillSettings settings,
      Consumer<String> progress) {
    if (scenario == null || scenario.isBlank()) {
      throw new BadOption(
          "expected a scenario id or file: gameday start <scenario> [--blue auto|none]"
              + " [--speed N|max] [--sandbox embedded|aws|localstack] [--endpoint URL]"
              + " [--allow-account ID]; 'scenario list' or Tab"
              + " shows the ids");
    }
    if (!blue.equals("auto") && !blue.equals("none")) {
      throw new BadOption("--blue expects auto or none; got '" + blue + "'");
    }
    Speed parsed;
    try {
      parsed = Speed.parse(speed == null ? settings.defaultSpeed() : speed);
    } catch (IllegalArgumentException e) {
      throw new BadOption("--speed: " + e.getMessage());
    }
    TargetChoice target;
    try {
      target = TargetChoice.parse(sandbox, endpoint, profile, System.getenv());
    } catch (TargetChoice.BadTarget e) {
      throw new BadOption(e.getMessage());
    }
    List<String> given =
        allowAccount != null ? List.of(allowAccount.split(",")) : settings.allowedAccounts();
    Set<String> accounts = new LinkedHashSet<>();
    for (String account : given) {
      if (!account.isBlank() && !account.strip().matches("\\d{12}")) {
        throw new BadOption(
            "--allow-account expects twelve-digit account ids, comma-separated; got '"
                + account
                + "'");
      }
      if (!account.isBlank()) {
        accounts.add(account.strip());
      }
    }
    if (accounts.isEmpty()
        && (target.kind() == TargetChoice.Kind.ENDPOINT
            || target.kind() == TargetChoice.Kind.AWS)) {
      throw new BadOption(
          (target.kind() == TargetChoice.Kind.AWS ? "--sandbox aws" : "--endpoint")
              + " needs --allow-account ID (or firedrill.allowed-accounts in firedrill.yaml,"
              + " or FIREDRILL_ALLOWED_ACCOUNTS): the accounts its credentials may change");
    }
    return new RunOptions(
        scenario,
        blue.equals("auto"),
        RunOptions.DEFAULT_PLAYBOOK,
        parsed,
        settings.reports(),
        progress,
        target,
        accounts);
  }
}
