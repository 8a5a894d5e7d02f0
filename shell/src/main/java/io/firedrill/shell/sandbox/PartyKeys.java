package io.firedrill.shell.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which key each party uses, kept beside a saved sandbox so that {@code sandbox up --state} can
 * print the same environments again. It holds secret keys, as the saved sandbox itself does: it is
 * written readable by its owner only.
 */
record PartyKeys(String baseline, Map<Party, AwsCredentials> keys) {

  static final String FILE = "firedrill-parties.json";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  static boolean exist(Path dir) {
    return Files.isRegularFile(dir.resolve(FILE))
        && Files.isRegularFile(dir.resolve("sandbox-state.json"));
  }

  static PartyKeys read(Path dir) {
    try {
      JsonNode root = JSON.readTree(Files.readString(dir.resolve(FILE)));
      Map<Party, AwsCredentials> keys = new EnumMap<>(Party.class);
      root.path("keys")
          .properties()
          .forEach(
              e ->
                  keys.put(
                      Party.valueOf(e.getKey()),
                      AwsBasicCredentials.create(
                          e.getValue().path("accessKeyId").asString(),
                          e.getValue().path("secretAccessKey").asString())));
      return new PartyKeys(root.path("baseline").asString(), keys);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir.resolve(FILE), e);
    }
  }

  void write(Path dir) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("baseline", baseline);
    Map<String, Object> byParty = new LinkedHashMap<>();
    keys.forEach(
        (party, key) ->
            byParty.put(
                party.name(),
                Map.of(
                    "accessKeyId", key.accessKeyId(), "secretAccessKey", key.secretAccessKey())));
    root.put("keys", byParty);
    try {
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, "parties", ".tmp");
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
      }
      Files.writeString(temp, JSON.writeValueAsString(root));
      Files.move(
          temp,
          dir.resolve(FILE),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + dir.resolve(FILE), e);
    }
  }

  @Override
  public String toString() {
    return "PartyKeys[" + baseline + ", " + keys.keySet() + "]"; // never the secrets
  }
}
