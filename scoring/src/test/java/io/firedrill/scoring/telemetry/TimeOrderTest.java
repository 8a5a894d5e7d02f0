package io.firedrill.scoring.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class TimeOrderTest {

  @TempDir Path trail;

  /** Three regions' files, each in its own time order, with many records sharing an instant. */
  private List<String> writeTrail() throws IOException {
    Random random = new Random(7);
    List<String> written = new ArrayList<>();
    for (String region : List.of("eu-west-1", "us-east-1", "us-west-2")) {
      StringBuilder records = new StringBuilder("{\"Records\":[");
      for (int i = 0; i < 40; i++) {
        String time = String.format("2026-11-30T10:%02d:00Z", random.nextInt(20));
        String id = region + "-" + i;
        records.append(i == 0 ? "" : ",");
        records.append(
            "{\"eventTime\":\"" + time + "\",\"eventID\":\"" + id + "\",\"awsRegion\":\"x\"}");
        written.add(time + " " + id);
      }
      Files.writeString(trail.resolve(region + ".json"), records.append("]}"));
    }
    return written;
  }

  @Test
  void recordsComeInTimeOrderAndTiesKeepTheirFileOrderWhateverTheRunSize() throws IOException {
    List<String> written = writeTrail();
    // A stable sort of everything read, in file order: what one sort in memory gives.
    List<String> expected =
        written.stream().sorted(Comparator.comparing(line -> line.substring(0, 20))).toList();

    for (int runSize : List.of(1, 7, 40, 1000)) {
      List<String> seen = new ArrayList<>();
      TimeOrder order = new TimeOrder(runSize);
      CloudTrailFiles.read(trail, r -> add(order, r));
      long count = order.forEach((time, id) -> seen.add(time + " " + id));

      assertThat(count).isEqualTo(120);
      assertThat(seen).as("run size %d", runSize).isEqualTo(expected);
    }
  }

  @Test
  void leavesNoTemporaryFileBehind() throws IOException {
    writeTrail();
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    List<Path> before = runFolders(tmp);

    TimeOrder order = new TimeOrder(5);
    CloudTrailFiles.read(trail, r -> add(order, r));
    order.forEach((time, id) -> {});

    assertThat(runFolders(tmp)).isEqualTo(before);
  }

  private static List<Path> runFolders(Path tmp) throws IOException {
    try (Stream<Path> list = Files.list(tmp)) {
      return list.filter(p -> p.getFileName().toString().startsWith("firedrill-trail-"))
          .sorted()
          .toList();
    }
  }

  private static void add(TimeOrder order, JsonNode record) {
    order.add(record.path("eventTime").asString(), record.path("eventID").asString());
  }

  @Test
  void aTimeThatIsAPrefixOfAnotherSortsFirstAsTextDoes() {
    TimeOrder order = new TimeOrder(1);
    order.add("2026-11-30T10:00:00.5Z", "b");
    order.add("2026-11-30T10:00:00", "a");
    order.add("2026-11-30T10:00:00Z", "c");
    List<String> seen = new ArrayList<>();

    order.forEach((time, payload) -> seen.add(payload));

    assertThat(seen).containsExactly("a", "b", "c");
  }
}
