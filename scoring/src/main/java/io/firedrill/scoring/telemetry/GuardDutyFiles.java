package io.firedrill.scoring.telemetry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads GuardDuty findings captured elsewhere, for a replay: findings as GuardDuty writes them (one
 * a file, in an array, or one a line as its S3 export does), {@code aws guardduty get-findings}
 * output, or EventBridge "GuardDuty Finding" events; {@code .json}, {@code .jsonl} and those
 * gzipped, a folder read whole, or a bucket GuardDuty exports to, read in place. Each finding comes
 * out in GuardDuty's own JSON shape (camelCase), whatever shape it was read in. A file of
 * EventBridge events may hold other events: they are not findings, and are passed over.
 */
public final class GuardDutyFiles {

  // Several findings follow one another in an export: a value is not the end of the input.
  private static final JsonMapper JSON =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
  private static final String EXPECTED =
      "expected a GuardDuty finding, 'aws guardduty get-findings' output or an EventBridge"
          + " 'GuardDuty Finding' event";

  private GuardDutyFiles() {}

  /**
   * Every finding under a file or folder, in file order.
   *
   * @throws TelemetryException naming the file, line and column of what is not a finding
   */
  public static List<JsonNode> read(Path fileOrFolder) {
    return read(CloudTrailFiles.local(fileOrFolder));
  }

  /**
   * Every finding in files kept anywhere, such as the bucket GuardDuty exports its findings to
   * ({@link S3TrailFiles#list} lists them).
   *
   * @throws TelemetryException naming the file, line and column of what is not a finding
   */
  public static List<JsonNode> read(List<TrailFile> files) {
    List<JsonNode> findings = new ArrayList<>();
    for (TrailFile file : files) {
      read(file, findings);
    }
    return findings;
  }

  private static void read(TrailFile file, List<JsonNode> into) {
    try (InputStream in = CloudTrailFiles.open(file);
        JsonParser parser = JSON.createParser(in)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        TokenStreamLocation at = parser.currentTokenLocation();
        String problem = collect(JSON.readTree(parser), into);
        if (problem != null) {
          throw new TelemetryException(
              file.name() + ":" + TelemetryException.where(at) + EXPECTED + "; found " + problem);
        }
      }
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      throw new TelemetryException(
          file.name()
              + ":"
              + (at == null ? "" : TelemetryException.where(at))
              + "not valid JSON: "
              + e.getOriginalMessage());
    } catch (IOException e) {
      throw new TelemetryException(file.name() + ": cannot read: " + e.getMessage());
    }
  }

  /** Adds the findings a JSON value holds; what it is instead, when it holds none. */
  private static String collect(JsonNode value, List<JsonNode> into) {
    if (value.isArray()) {
      for (JsonNode item : value) {
        String problem = collect(item, into);
        if (problem != null) {
          return problem + " in an array";
        }
      }
      return null;
    }
    if (!value.isObject()) {
      return value.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }
    if (value.path("Findings").isArray()) {
      value.path("Findings").forEach(f -> into.add(camelCase(f)));
    } else if (value.path("findings").isArray()) {
      value.path("findings").forEach(into::add);
    } else if (value.has("detail-type")) {
      if ("GuardDuty Finding".equals(value.path("detail-type").asString())) {
        into.add(value.path("detail"));
      }
    } else if (value.has("type") && value.has("id")) {
      into.add(value);
    } else if (value.has("Type") && value.has("Id")) {
      into.add(camelCase(value));
    } else {
      List<String> names = new ArrayList<>();
      value.propertyNames().forEach(names::add);
      return "an object with "
          + (names.isEmpty()
              ? "no fields"
              : String.join(", ", names.subList(0, Math.min(4, names.size()))));
    }
    return null;
  }

  /**
   * The CLI writes a finding with its model's member names (AccessKeyDetails); GuardDuty's JSON
   * names each the same with a lower-case first letter (accessKeyDetails). The few that differ in
   * botocore's model of a finding (ProductCode's Code, a geolocation's Latitude) are not read.
   */
  static JsonNode camelCase(JsonNode node) {
    if (node.isArray()) {
      ArrayNode items = JSON.createArrayNode();
      node.forEach(item -> items.add(camelCase(item)));
      return items;
    }
    if (!node.isObject()) {
      return node;
    }
    ObjectNode fields = JSON.createObjectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String name = field.getKey();
      String camel =
          name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
      fields.set(camel, camelCase(field.getValue()));
    }
    return fields;
  }
}
