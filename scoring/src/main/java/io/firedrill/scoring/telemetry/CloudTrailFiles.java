package io.firedrill.scoring.telemetry;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads CloudTrail records from log files, one record at a time so that memory stays flat whatever
 * the size, in the four formats real trails come in: S3 delivery files ({@code {"Records":[...]}}),
 * a bare JSON array, one record per line, and {@code aws cloudtrail lookup-events} output (whose
 * records are JSON strings in {@code CloudTrailEvent}). Files may be gzipped ({@code .gz}); a
 * folder is read file by file, in path order, recursively.
 */
public final class CloudTrailFiles {

  // Several records follow one another in a file: a value is not the end of the input.
  private static final JsonMapper JSON =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private CloudTrailFiles() {}

  /**
   * Hands every record under a file or folder to the sink, in file order.
   *
   * @return how many records were read
   * @throws TelemetryException naming the file, line and column of anything that is not JSON
   */
  public static long read(Path fileOrFolder, Consumer<JsonNode> sink) {
    return read(local(fileOrFolder), sink);
  }

  /**
   * Hands every record of the given trail files to the sink, in list order.
   *
   * @return how many records were read
   */
  public static long read(List<TrailFile> files, Consumer<JsonNode> sink) {
    return read(files, sink, (filesDone, all, bytesDone, bytes) -> {});
  }

  /** Told after each file how far reading has come, for a progress bar. */
  @FunctionalInterface
  public interface ReadProgress {
    /**
     * @param bytesDone the stored size of the files read so far (compressed, for .gz)
     */
    void read(int filesDone, int files, long bytesDone, long bytes);
  }

  /** Hands every record under a local path to the sink, telling the progress after each file. */
  public static long read(Path fileOrFolder, Consumer<JsonNode> sink, ReadProgress progress) {
    return read(local(fileOrFolder), sink, progress);
  }

  /** Hands every record of the files to the sink, telling the progress after each file. */
  public static long read(List<TrailFile> files, Consumer<JsonNode> sink, ReadProgress progress) {
    long total = files.stream().mapToLong(TrailFile::size).sum();
    progress.read(0, files.size(), 0, total);
    long count = 0;
    long done = 0;
    for (int i = 0; i < files.size(); i++) {
      count += readFile(files.get(i), sink);
      done += files.get(i).size();
      progress.read(i + 1, files.size(), done, total);
    }
    return count;
  }

  /** The trail files under a local path, as {@link TrailFile}s. */
  public static List<TrailFile> local(Path fileOrFolder) {
    return files(fileOrFolder).stream().map(CloudTrailFiles::localFile).toList();
  }

  private static TrailFile localFile(Path file) {
    return new TrailFile() {
      @Override
      public String name() {
        return file.toString();
      }

      @Override
      public long size() {
        try {
          return Files.size(file);
        } catch (IOException e) {
          throw new TelemetryException(file + ": cannot read: " + e.getMessage());
        }
      }

      @Override
      public InputStream open() throws IOException {
        return Files.newInputStream(file);
      }
    };
  }

  /** The trail files under a path: {@code .json}, {@code .jsonl}, and those gzipped. */
  public static List<Path> files(Path fileOrFolder) {
    if (Files.isRegularFile(fileOrFolder)) {
      return List.of(fileOrFolder);
    }
    if (!Files.isDirectory(fileOrFolder)) {
      throw new TelemetryException(fileOrFolder + ": no such file or folder");
    }
    try (Stream<Path> walk = Files.walk(fileOrFolder)) {
      return walk.filter(Files::isRegularFile)
          .filter(CloudTrailFiles::isTrailFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + fileOrFolder, e);
    }
  }

  private static boolean isTrailFile(Path file) {
    return isTrailFile(file.getFileName().toString());
  }

  /** Whether a file or object name is one a trail is kept in. */
  static boolean isTrailFile(String name) {
    // Digest files sit beside the trail's files in a synced bucket; they hold hashes, not records.
    if (name.contains("CloudTrail-Digest")) {
      return false;
    }
    return name.endsWith(".json")
        || name.endsWith(".json.gz")
        || name.endsWith(".jsonl")
        || name.endsWith(".jsonl.gz");
  }

  private static long readFile(TrailFile file, Consumer<JsonNode> sink) {
    String name = file.name();
    try (InputStream in = open(file);
        JsonParser parser = JSON.createParser(in)) {
      long count = 0;
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        count += readRootValue(parser, token, sink);
      }
      return count;
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      String where = at == null ? "" : TelemetryException.where(at);
      throw new TelemetryException(
          name + ":" + where + "not valid JSON: " + e.getOriginalMessage());
    } catch (TelemetryException e) {
      throw new TelemetryException(name + ":" + e.getMessage());
    } catch (IOException e) {
      throw new TelemetryException(name + ": cannot read: " + e.getMessage());
    }
  }

  static InputStream open(TrailFile file) throws IOException {
    InputStream in = new BufferedInputStream(file.open(), 1 << 16);
    return file.name().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
  }

  private static long readRootValue(JsonParser parser, JsonToken token, Consumer<JsonNode> sink) {
    if (token == JsonToken.START_ARRAY) {
      return readArray(parser, sink);
    }
    if (token != JsonToken.START_OBJECT) {
      throw new TelemetryException(parser, "expected a JSON object or array, found " + token);
    }
    // A wrapper's list comes first in every real file: S3 delivery writes Records first, and the
    // CLI writes Events before NextToken.
    JsonToken first = parser.nextToken();
    if (first == JsonToken.PROPERTY_NAME && isWrapper(parser.currentName())) {
      long count = 0;
      if (parser.nextToken() == JsonToken.START_ARRAY) {
        count = readArray(parser, sink);
      } else {
        parser.skipChildren();
      }
      skipRestOfObject(parser);
      return count;
    }
    sink.accept(unwrap(restOfObject(parser, first)));
    return 1;
  }

  private static boolean isWrapper(String name) {
    return "Records".equals(name) || "Events".equals(name);
  }

  private static long readArray(JsonParser parser, Consumer<JsonNode> sink) {
    long count = 0;
    for (JsonToken token = parser.nextToken();
        token != JsonToken.END_ARRAY;
        token = parser.nextToken()) {
      if (token != JsonToken.START_OBJECT) {
        throw new TelemetryException(
            parser, "expected a CloudTrail record (a JSON object), found " + token);
      }
      sink.accept(unwrap(JSON.readTree(parser)));
      count++;
    }
    return count;
  }

  // The object's START_OBJECT and first token are already read: read the rest field by field.
  private static ObjectNode restOfObject(JsonParser parser, JsonToken first) {
    ObjectNode node = JSON.createObjectNode();
    for (JsonToken token = first; token != JsonToken.END_OBJECT; token = parser.nextToken()) {
      String name = parser.currentName();
      parser.nextToken();
      node.set(name, JSON.readTree(parser));
    }
    return node;
  }

  private static void skipRestOfObject(JsonParser parser) {
    for (JsonToken token = parser.nextToken();
        token != JsonToken.END_OBJECT;
        token = parser.nextToken()) {
      parser.nextToken();
      parser.skipChildren();
    }
  }

  /** Lookup-events output holds the record as a JSON string; everything else is the record. */
  private static JsonNode unwrap(JsonNode item) {
    JsonNode embedded = item.get("CloudTrailEvent");
    return embedded != null && embedded.isString() ? JSON.readTree(embedded.asString()) : item;
  }
}
