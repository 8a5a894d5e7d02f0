package io.firedrill.reports;

import io.firedrill.exercise.journal.JournalException;
import io.firedrill.exercise.journal.JournalReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Checks an evidence bundle against its manifest: every file listed is there with the same SHA-256,
 * no file is there that is not listed, the journal's hash chain holds, and the evidence digest the
 * report cites is the one its files give.
 */
public final class BundleVerifier {

  /**
   * @param problems one line per problem, naming the file: changed, missing, extra
   * @param files how many files the manifest lists
   */
  public record Result(List<String> problems, int files) {
    public boolean intact() {
      return problems.isEmpty();
    }
  }

  private BundleVerifier() {}

  /**
   * @throws IllegalArgumentException when {@code dir} is not a bundle: no folder, no manifest, or a
   *     manifest that cannot be read
   */
  public static Result verify(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("no such folder: " + dir);
    }
    Path manifestFile = dir.resolve(Manifest.FILE);
    if (!Files.isRegularFile(manifestFile)) {
      throw new IllegalArgumentException(dir + " has no " + Manifest.FILE);
    }
    JsonNode manifest;
    try {
      manifest = Manifest.JSON.readTree(Files.readString(manifestFile));
    } catch (IOException | JacksonException e) {
      throw new IllegalArgumentException(manifestFile + " is not a manifest: " + e.getMessage());
    }
    if (manifest.path("schemaVersion").asInt() != Manifest.SCHEMA_VERSION
        || !manifest.path("files").isArray()) {
      throw new IllegalArgumentException(manifestFile + " is not a version 1 manifest");
    }
    List<Manifest.Item> listed = Manifest.read(manifest);
    List<String> problems = new ArrayList<>();
    Map<String, Manifest.Item> actual = new HashMap<>();
    for (Manifest.Item item : listed) {
      Path file = dir.resolve(item.name()).normalize();
      if (!file.getParent().equals(dir.normalize()) || !Files.isRegularFile(file)) {
        problems.add("missing: " + item.name());
        continue;
      }
      Manifest.Item now = Manifest.item(file, item.role());
      actual.put(item.name(), now);
      if (!now.sha256().equals(item.sha256())) {
        problems.add(
            "changed: "
                + item.name()
                + " (SHA-256 "
                + now.sha256()
                + ", manifest says "
                + item.sha256()
                + ")");
      }
    }
    Set<String> names = new TreeSet<>();
    listed.forEach(i -> names.add(i.name()));
    try (Stream<Path> files = Files.list(dir)) {
      files
          .map(p -> p.getFileName().toString())
          .filter(n -> !n.equals(Manifest.FILE) && !names.contains(n))
          .sorted()
          .forEach(n -> problems.add("extra: " + n + " is not in the manifest"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    String digest = manifest.path("evidenceSha256").asString("");
    if (!digest.equals(Manifest.evidenceDigest(listed))) {
      problems.add(
          "changed: "
              + Manifest.FILE
              + " (its evidenceSha256 is not the digest of the files it lists)");
    }
    Path journal = dir.resolve(ReportWriter.JOURNAL);
    if (actual.containsKey(ReportWriter.JOURNAL)) {
      try {
        JournalReader.forEach(journal, entry -> {}); // the hash chain, checked as it streams by
      } catch (JournalException e) {
        problems.add("changed: " + ReportWriter.JOURNAL + " (" + e.getMessage() + ")");
      }
    }
    return new Result(List.copyOf(problems), listed.size());
  }
}
