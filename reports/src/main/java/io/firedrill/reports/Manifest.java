package io.firedrill.reports;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code manifest.json}: the SHA-256 of every file of an evidence bundle. The evidence files (what
 * the exercise recorded) also get one digest together, which the report cites in its document
 * control; the report's own renderings cannot be in it, since they print it.
 */
final class Manifest {

  static final String FILE = "manifest.json";
  static final int SCHEMA_VERSION = 1;
  static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  /**
   * @param role {@code evidence} (recorded by the exercise) or {@code report} (rendered from it)
   */
  record Item(String name, String sha256, long bytes, String role) {}

  private Manifest() {}

  static Item item(Path file, String role) {
    try (InputStream in =
        new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      long bytes = in.transferTo(java.io.OutputStream.nullOutputStream());
      String sha = HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
      return new Item(file.getFileName().toString(), sha, bytes, role);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** The item of a file whose bytes are at hand, without reading it back. */
  static Item item(String name, byte[] bytes, String role) {
    try {
      String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
      return new Item(name, sha, bytes.length, role);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  static Writer writer(Path file) throws IOException {
    return new Writer(file);
  }

  /** Writes a file line by line and digests it as it goes, for evidence too big to hold twice. */
  static final class Writer implements AutoCloseable {
    private final Path file;
    private final DigestOutputStream out;
    private long bytes;

    private Writer(Path file) throws IOException {
      this.file = file;
      try {
        this.out =
            new DigestOutputStream(
                new BufferedOutputStream(Files.newOutputStream(file), 1 << 16),
                MessageDigest.getInstance("SHA-256"));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every JVM has SHA-256", e);
      }
    }

    /** Writes {@code length} bytes from {@code offset}, then a newline. */
    void line(byte[] from, int offset, int length) throws IOException {
      out.write(from, offset, length);
      out.write('\n');
      bytes += length + 1;
    }

    /** Closes the file and gives its item. */
    Item item(String role) throws IOException {
      out.close();
      String sha = HexFormat.of().formatHex(out.getMessageDigest().digest());
      return new Item(file.getFileName().toString(), sha, bytes, role);
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }

  /**
   * The digest of the evidence as a whole: SHA-256 over the lines {@code <sha256> <name>\n} of the
   * evidence files in name order, the format of {@code sha256sum}'s output.
   */
  static String evidenceDigest(List<Item> items) {
    StringBuilder lines = new StringBuilder();
    items.stream()
        .filter(i -> "evidence".equals(i.role()))
        .sorted(java.util.Comparator.comparing(Item::name))
        .forEach(i -> lines.append(i.sha256()).append("  ").append(i.name()).append('\n'));
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(digest.digest(lines.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  static void write(Path folder, String exerciseId, List<Item> items) throws IOException {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("exerciseId", exerciseId);
    root.put("evidenceSha256", evidenceDigest(items));
    List<Map<String, Object>> files = new ArrayList<>();
    for (Item item : items) {
      Map<String, Object> file = new LinkedHashMap<>();
      file.put("name", item.name());
      file.put("sha256", item.sha256());
      file.put("bytes", item.bytes());
      file.put("role", item.role());
      files.add(file);
    }
    root.put("files", files);
    Files.writeString(folder.resolve(FILE), JSON.writeValueAsString(root) + "\n");
  }

  /** The items a manifest lists. */
  static List<Item> read(JsonNode manifest) {
    List<Item> items = new ArrayList<>();
    for (JsonNode file : manifest.path("files")) {
      items.add(
          new Item(
              file.path("name").asString(),
              file.path("sha256").asString(),
              file.path("bytes").asLong(),
              file.path("role").asString()));
    }
    return items;
  }
}
