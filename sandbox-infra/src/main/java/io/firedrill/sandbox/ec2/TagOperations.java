package io.firedrill.sandbox.ec2;

import io.firedrill.sandbox.api.ApiCall;
import io.firedrill.sandbox.api.Operation;
import io.firedrill.sandbox.api.Outcome;
import io.firedrill.sandbox.wire.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tags on any EC2 resource. Instances and security groups must exist to be tagged; ids of other
 * kinds (an AMI, a VPC the sandbox does not model) are taken on trust.
 */
final class TagOperations {

  private static final Set<String> FILTERS = Set.of("resource-id", "resource-type", "key", "value");

  private final Ec2Store store;

  TagOperations(Ec2Store store) {
    this.store = store;
  }

  List<Operation> operations() {
    return List.of(
        Operation.write("CreateTags", this::create).on(TagOperations::firstResource),
        Operation.write("DeleteTags", this::delete).on(TagOperations::firstResource),
        Operation.read("DescribeTags", this::describe));
  }

  private static String firstResource(ApiCall call) {
    List<String> ids = Ec2Params.values(call.params(), "ResourceId");
    return ids.isEmpty() ? "*" : Ec2Resources.byId(call, ids.get(0));
  }

  private static List<String> resources(ApiCall call, Ec2Region region) {
    List<String> ids = Ec2Params.values(call.params(), "ResourceId");
    if (ids.isEmpty()) {
      throw Ec2Errors.missing("ResourceId");
    }
    for (String id : ids) {
      if (id.indexOf('-') <= 0) {
        throw Ec2Errors.client("InvalidID", "The ID '" + id + "' is not valid");
      }
      if (id.startsWith("i-")) {
        InstanceLifecycle.requireInstances(region, List.of(id));
      } else if (id.startsWith("sg-") && !region.groups.containsKey(id)) {
        throw Ec2Errors.groupNotFound(id);
      }
    }
    return ids;
  }

  private Outcome create(ApiCall call) {
    Ec2Region region = store.region(call.region());
    synchronized (region) {
      List<String> ids = resources(call, region);
      Map<String, String> tags = Ec2Tags.of(call.params());
      if (tags.isEmpty()) {
        throw Ec2Errors.missing("Tag");
      }
      for (String id : ids) {
        region.tags.computeIfAbsent(id, k -> new LinkedHashMap<>()).putAll(tags);
      }
      return Ec2Outcomes.returned(call);
    }
  }

  private Outcome delete(ApiCall call) {
    Ec2Region region = store.region(call.region());
    synchronized (region) {
      List<String> ids = resources(call, region);
      List<Map<String, String>> named = Ec2Params.members(call.params(), "Tag");
      for (String id : ids) {
        Map<String, String> tags = region.tags.get(id);
        if (tags == null) {
          continue;
        }
        if (named.isEmpty()) {
          tags.clear();
        }
        for (Map<String, String> tag : named) {
          String value = tag.get("Value");
          if (value == null || value.equals(tags.get(tag.get("Key")))) {
            tags.remove(tag.get("Key"));
          }
        }
      }
      return Ec2Outcomes.returned(call);
    }
  }

  private Outcome describe(ApiCall call) {
    Ec2Filters filters = Ec2Filters.read(call.params(), FILTERS);
    Ec2Region region = store.region(call.region());
    synchronized (region) {
      List<ObjectNode> found = new ArrayList<>();
      region.tags.forEach(
          (id, tags) ->
              tags.forEach(
                  (key, value) -> {
                    String type = type(id);
                    boolean matches =
                        filters.test(
                            tags,
                            filter ->
                                switch (filter) {
                                  case "resource-id" -> List.of(id);
                                  case "resource-type" -> List.of(type);
                                  case "key" -> List.of(key);
                                  case "value" -> List.of(value);
                                  default -> List.of();
                                });
                    if (matches) {
                      found.add(
                          Json.object()
                              .put("resourceId", id)
                              .put("resourceType", type)
                              .put("key", key)
                              .put("value", value));
                    }
                  }));
      ObjectNode body = Json.object();
      body.set("tagSet", Ec2Json.items(found, tag -> tag));
      return Ec2Outcomes.read(body);
    }
  }

  private static String type(String id) {
    return switch (id.substring(0, id.indexOf('-'))) {
      case "i" -> "instance";
      case "sg" -> "security-group";
      case "vpc" -> "vpc";
      case "subnet" -> "subnet";
      case "vol" -> "volume";
      case "snap" -> "snapshot";
      case "ami" -> "image";
      default -> id.substring(0, id.indexOf('-'));
    };
  }
}
