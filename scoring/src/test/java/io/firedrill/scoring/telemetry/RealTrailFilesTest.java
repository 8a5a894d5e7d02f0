package io.firedrill.scoring.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the real trails in ../shared/data/real-aws (one of each format), which the checkout's
 * neighbour holds on developers' and CI machines; skipped where it is absent.
 */
class RealTrailFilesTest {

  private static final Path REAL = Path.of("..", "..", "shared", "data", "real-aws", "cloudtrail");

  @BeforeAll
  static void needsTheSharedData() {
    assumeTrue(
        Files.isDirectory(REAL),
        "no " + REAL.toAbsolutePath().normalize() + ": the real trails are not here");
  }

  @Test
  void readsEveryRecordOfAnHourOfS3Delivery() {
    Map<String, Integer> names = count(REAL.resolve("invictus-ir/CloudTrail"));

    assertThat(names.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(2900);
    assertThat(names).containsEntry("StopLogging", 3).containsEntry("PutEventSelectors", 2);
  }

  @Test
  void readsTheOtherThreeFormats() {
    assertThat(total(REAL.resolve("stratus-red-team/aws.defense-evasion.cloudtrail-stop.json")))
        .isEqualTo(1);
    assertThat(total(REAL.resolve("otrf/ec2_proxy_s3_exfiltration_2020-09-14011940.json")))
        .isEqualTo(103);
    assertThat(total(REAL.resolve("plaso/aws_cloudtrail_lookupevents.jsonl"))).isEqualTo(6);
  }

  private static long total(Path path) {
    return CloudTrailFiles.read(
        path, record -> assertThat(record.path("eventName").isString()).isTrue());
  }

  private static Map<String, Integer> count(Path path) {
    Map<String, Integer> names = new HashMap<>();
    CloudTrailFiles.read(
        path, record -> names.merge(record.path("eventName").asString(), 1, Integer::sum));
    return names;
  }
}
