package io.firedrill.sandbox.cloudtrail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real CloudTrail records from public datasets, in whatever shape each dataset keeps them: a JSON
 * array, a log file's {@code {"Records": [...]}}, JSON lines, or LookupEvents rows whose {@code
 * CloudTrailEvent} holds the record as a string.
 */
final class RealRecords {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private RealRecords() {}

  /** The real-record folder beside the repository, {@code ../shared/data/real-aws/cloudtrail}. */
  static Path folder() {
    Path module = Path.of("").toAbsolutePath();
    Path repositoryRoot = module.getParent();
    return repositoryRoot.getParent().resolve("shared/data/real-aws/cloudtrail");
  }

  static List<JsonNode> load(Path folder) {
    List<JsonNode> records = new ArrayList<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(RealRecords::isJson).sorted().toList()) {
        String text = Files.readString(file);
        try {
          collect(JSON.readTree(text), records);
        } catch (JacksonException notOneDocument) {
          for (String line : text.split("\n")) {
            if (!line.isBlank()) {
              collect(JSON.readTree(line), records);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return records;
  }

  private static boolean isJson(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".json") || name.endsWith(".jsonl");
  }

  private static void collect(JsonNode node, List<JsonNode> records) {
    if (node.isArray()) {
      node.forEach(element -> collect(element, records));
    } else if (node.isObject()) {
      if (node.has("Records")) {
        collect(node.get("Records"), records);
      } else if (node.has("CloudTrailEvent")) {
        records.add(JSON.readTree(node.get("CloudTrailEvent").asString()));
      } else if (node.has("eventName")) {
        records.add(node);
      }
    }
  }
}
