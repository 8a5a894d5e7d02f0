package io.firedrill.scoring.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class CloudTrailFilesTest {

  private static final String STOP =
      "{\"eventVersion\":\"1.09\",\"eventName\":\"StopLogging\",\"eventID\":\"e-1\","
          + "\"userIdentity\":{\"type\":\"IAMUser\",\"userName\":\"dev-frank\"}}";
  private static final String START =
      "{\"eventVersion\":\"1.09\",\"eventName\":\"StartLogging\",\"eventID\":\"e-2\","
          + "\"userIdentity\":{\"type\":\"IAMUser\",\"userName\":\"blue-responder\"}}";

  @TempDir Path dir;

  @Test
  void readsS3DeliveryFiles() throws IOException {
    assertThat(names(write("a.json", "{\"Records\":[" + STOP + "," + START + "]}")))
        .containsExactly("StopLogging", "StartLogging");
  }

  @Test
  void readsABareArray() throws IOException {
    assertThat(names(write("a.json", "[" + STOP + ",\n" + START + "]")))
        .containsExactly("StopLogging", "StartLogging");
  }

  @Test
  void readsOneRecordPerLine() throws IOException {
    assertThat(names(write("a.jsonl", STOP + "\n" + START + "\n")))
        .containsExactly("StopLogging", "StartLogging");
  }

  @Test
  void readsLookupEventsOutputWhoseRecordsAreStrings() throws IOException {
    String cli =
        "{\"Events\":[{\"EventId\":\"e-1\",\"EventName\":\"StopLogging\",\"CloudTrailEvent\":"
            + quoted(STOP)
            + "}],\"NextToken\":\"abc\"}";
    String perLine = "{\"EventId\":\"e-2\",\"CloudTrailEvent\":" + quoted(START) + "}\n";

    assertThat(names(write("cli.json", cli))).containsExactly("StopLogging");
    assertThat(names(write("plaso.jsonl", perLine))).containsExactly("StartLogging");
  }

  @Test
  void readsGzippedFilesAndFoldersInPathOrder() throws IOException {
    Path folder = dir.resolve("AWSLogs/000000000000/CloudTrail/us-east-1/2026/11/22");
    Files.createDirectories(folder);
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(folder.resolve("b.json.gz")))) {
      out.write(("{\"Records\":[" + START + "]}").getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(folder.resolve("a.json"), "{\"Records\":[" + STOP + "]}");
    Files.writeString(folder.resolve("notes.txt"), "not a trail file");

    assertThat(names(dir)).containsExactly("StopLogging", "StartLogging");
  }

  @Test
  void namesTheFileLineAndColumnOfBrokenJson() throws IOException {
    Path file = write("broken.json", "{\"Records\":[\n" + STOP + ",\n{\"eventName\": }\n]}");

    assertThatThrownBy(() -> CloudTrailFiles.read(file, r -> {}))
        .isInstanceOf(TelemetryException.class)
        .hasMessageStartingWith(file + ":3:15: not valid JSON");
  }

  @Test
  void rejectsWhatIsNotAListOfRecords() throws IOException {
    Path file = write("numbers.json", "[1, 2]");

    assertThatThrownBy(() -> CloudTrailFiles.read(file, r -> {}))
        .hasMessageStartingWith(file + ":1:2: expected a CloudTrail record");
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  private static List<String> names(Path path) {
    List<String> names = new ArrayList<>();
    long count =
        CloudTrailFiles.read(path, (JsonNode r) -> names.add(r.path("eventName").asString()));
    assertThat(count).isEqualTo(names.size());
    return names;
  }

  private static String quoted(String json) {
    return "\"" + json.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
