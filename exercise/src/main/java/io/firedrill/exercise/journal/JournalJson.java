package io.firedrill.exercise.journal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The journal's line format, shared by the writer and the reader. */
final class JournalJson {

  static final JsonMapper MAPPER = JsonMapper.builder().build();

  private JournalJson() {}

  static JournalEntry entry(JsonNode line) {
    return new JournalEntry(
        line.get("seq").asLong(),
        Duration.ofMillis(line.get("t").asLong()),
        Instant.parse(line.get("wall").asString()),
        line.get("type").asString(),
        line.get("data"),
        line.get("prev").asString());
  }

  static String sha256(String line) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(line.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
