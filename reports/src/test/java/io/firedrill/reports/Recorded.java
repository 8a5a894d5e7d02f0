package io.firedrill.reports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Journals recorded from real runs of the shell (with the scenario file they ran), copied into a
 * test's folder: all-met is cloudtrail-tampering with the scripted blue team, blue-absent is
 * leaked-access-key with nobody responding.
 */
final class Recorded {

  /** The ATT&CK ids the technique catalog gives the techniques these journals played. */
  static final Map<String, List<String>> ATTACK_IDS =
      Map.of(
          "aws.discovery.sts-get-caller-identity", List.of("T1087.004"),
          "aws.discovery.iam-list-users", List.of("T1087.004"),
          "aws.discovery.cloudtrail-describe-trails", List.of("T1518.001"),
          "aws.defense-evasion.cloudtrail-stop", List.of("T1562.008"),
          "aws.persistence.iam-create-admin-user", List.of("T1136.003", "T1098.001"),
          "aws.persistence.iam-backdoor-user", List.of("T1098.001"));

  private Recorded() {}

  /** Copies a recorded exercise into {@code dir}; returns its journal. */
  static Path copy(String name, Path dir) throws IOException {
    Files.createDirectories(dir);
    for (String file : List.of("journal.jsonl", "scenario.yaml")) {
      try (InputStream in = Recorded.class.getResourceAsStream("/recorded/" + name + "/" + file)) {
        Files.copy(in, dir.resolve(file));
      }
    }
    return dir.resolve("journal.jsonl");
  }

  static ReportFiles render(String name, Path dir) throws IOException {
    Path journal = copy(name, dir);
    return ReportWriter.write(journal, ReportSettings.draft(ATTACK_IDS), dir);
  }
}
