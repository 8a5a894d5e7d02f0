package io.firedrill.scoring.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadAheadTest {

  @TempDir Path trail;

  private void writeFiles(int files, int perFile) throws IOException {
    for (int f = 0; f < files; f++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < perFile; i++) {
        text.append("{\"eventID\":\"").append(f).append('-').append(i).append("\"}\n");
      }
      Files.writeString(trail.resolve(String.format("f%02d.jsonl", f)), text);
    }
  }

  @Test
  void handsEveryRecordOverInTheOrderOneThreadReadsThem() throws IOException {
    writeFiles(7, 300); // batches of 256 end inside files
    List<String> alone = new ArrayList<>();
    CloudTrailFiles.read(trail, r -> alone.add(r.path("eventID").asString()));
    List<String> ahead = new ArrayList<>();
    List<Integer> progress = new ArrayList<>();

    long count =
        ReadAhead.read(
            CloudTrailFiles.local(trail),
            r -> ahead.add(r.path("eventID").asString()),
            (filesDone, files, bytesDone, bytes) -> progress.add(filesDone));

    assertThat(count).isEqualTo(2100);
    assertThat(ahead).hasSize(2100).isEqualTo(alone);
    assertThat(progress).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
  }

  @Test
  void aFileThatIsNotJsonFailsTheReadNamingIt() throws IOException {
    writeFiles(2, 1000);
    Files.writeString(trail.resolve("f01.jsonl"), "{\"eventID\":\"x\"}\n{oops\n");
    List<String> seen = new ArrayList<>();

    assertThatThrownBy(
            () ->
                ReadAhead.read(
                    CloudTrailFiles.local(trail),
                    r -> seen.add(r.path("eventID").asString()),
                    (filesDone, files, bytesDone, bytes) -> {}))
        .isInstanceOf(TelemetryException.class)
        .hasMessageContaining("f01.jsonl");
  }

  @Test
  void aSinkThatFailsStopsTheReader() throws IOException {
    writeFiles(20, 1000); // far more than the queue holds: the reader must not wait forever

    assertThatThrownBy(
            () ->
                ReadAhead.read(
                    CloudTrailFiles.local(trail),
                    r -> {
                      throw new IllegalStateException("sink broke");
                    },
                    (filesDone, files, bytesDone, bytes) -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("sink broke");
    // The reader was interrupted, and ends instead of waiting for room in the queue forever.
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.getName().equals("trail-reader")) {
        try {
          t.join(30_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        assertThat(t.isAlive()).isFalse();
      }
    }
  }
}
