package io.firedrill.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scenario validate} and {@code technique list}, as a scenario author uses them. */
class CatalogCommandsTest {

  @TempDir Path dir;

  @Test
  void everyShippedScenarioValidatesAndABrokenOneDoesNot() throws Exception {
    List<String> args = new ArrayList<>(List.of("scenario", "validate"));
    try (Stream<Path> files = Files.list(Firedrill.HOME.resolve("scenarios"))) {
      files
          .filter(f -> f.toString().endsWith(".yaml"))
          .map(Path::toString)
          .sorted()
          .forEach(args::add);
    }
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(
        broken,
        "id: x\ntitle: t\nactors:\n  a: { leakedKeyOf: dev-frank }\n"
            + "timeline:\n  - { at: 0s, actor: a, technique: aws.discovery.iam-list-user }\n");

    Firedrill.Result shipped = InThisJvm.run(args.toArray(String[]::new));
    Firedrill.Result bad = InThisJvm.run("scenario", "validate", broken.toString());

    assertThat(shipped.exitCode()).as(shipped.err()).isZero();
    assertThat(shipped.out().lines().filter(l -> l.contains(": ok (")).count())
        .isEqualTo(args.size() - 2);
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err())
        .isEqualTo(
            broken
                + ":6:5: unknown technique 'aws.discovery.iam-list-user'; did you mean 'aws.discovery.iam-list-users'?\n");
  }

  @Test
  void theCatalogIsListedAndExplained() throws Exception {
    Firedrill.Result list = InThisJvm.run("technique", "list", "--tactic", "defense-evasion");
    Firedrill.Result show =
        InThisJvm.run("technique", "show", "aws.defense-evasion.cloudtrail-stop");

    assertThat(list.out())
        .contains("aws.defense-evasion.cloudtrail-stop")
        .doesNotContain("aws.persistence.");
    assertThat(show.out())
        .contains("T1562.008")
        .contains("StopLogging")
        .contains("Stealth:IAMUser/CloudTrailLoggingDisabled");
  }
}
