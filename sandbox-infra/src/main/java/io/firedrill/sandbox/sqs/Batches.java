package io.firedrill.sandbox.sqs;

import io.firedrill.sandbox.api.AwsException;
import io.firedrill.sandbox.wire.Json;
import io.firedrill.sandbox.wire.JsonInput;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the batch operations share: 1 to 10 entries with distinct, well-formed ids checked before
 * anything is done, then each entry done on its own, its error reported in {@code Failed}.
 */
final class Batches {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,80}");

  private Batches() {}

  static List<JsonNode> entries(JsonNode input) {
    JsonNode node = JsonInput.array(input, "Entries");
    List<JsonNode> entries = new ArrayList<>();
    if (node != null) {
      node.forEach(entries::add);
    }
    if (entries.isEmpty()) {
      throw SqsErrors.emptyBatch();
    }
    if (entries.size() > 10) {
      throw SqsErrors.tooManyEntries(entries.size());
    }
    Set<String> ids = new HashSet<>();
    for (JsonNode entry : entries) {
      String id = JsonInput.string(entry, "Id");
      if (id == null || !ID.matcher(id).matches()) {
        throw SqsErrors.invalidBatchId(String.valueOf(id));
      }
      if (!ids.add(id)) {
        throw SqsErrors.idsNotDistinct(id);
      }
    }
    return entries;
  }

  static ObjectNode run(List<JsonNode> entries, Function<JsonNode, ObjectNode> each) {
    ObjectNode out = Json.object();
    ArrayNode successful = out.putArray("Successful");
    ArrayNode failed = out.putArray("Failed");
    for (JsonNode entry : entries) {
      try {
        successful.add(each.apply(entry));
      } catch (AwsException error) {
        failed.add(MessageOperations.failure(entry.get("Id").asString(), error));
      }
    }
    return out;
  }
}
