package io.firedrill.sandbox.cloudtrail;

import io.firedrill.sandbox.api.ApiCall;
import io.firedrill.sandbox.api.Operation.ResourceNamer;
import io.firedrill.sandbox.api.ServiceDefinition;
import io.firedrill.sandbox.wire.JsonInput;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The resource each CloudTrail operation acts on, for IAM policies: the trail's ARN, from the trail
 * name or ARN the request gives; {@code *} for DescribeTrails and LookupEvents, which act on no one
 * trail.
 */
public final class CloudTrailResources {

  private CloudTrailResources() {}

  /** {@code definition}, with each trail operation naming its trail. */
  public static ServiceDefinition named(ServiceDefinition definition) {
    ResourceNamer byName = call -> trail(call, "Name");
    return definition.naming(
        Map.of(
            "CreateTrail", byName,
            "UpdateTrail", byName,
            "GetTrailStatus", byName,
            "StartLogging", byName,
            "StopLogging", byName,
            "DeleteTrail", byName,
            "PutEventSelectors", call -> trail(call, "TrailName"),
            "GetEventSelectors", call -> trail(call, "TrailName"),
            "ListTags", CloudTrailResources::firstListed));
  }

  private static String trail(ApiCall call, String member) {
    String nameOrArn = JsonInput.string(call.json(), member);
    if (nameOrArn == null) {
      return "*";
    }
    return nameOrArn.startsWith("arn:")
        ? nameOrArn
        : TrailStore.arn(call.region(), call.caller().accountId(), nameOrArn);
  }

  private static String firstListed(ApiCall call) {
    JsonNode ids = JsonInput.array(call.json(), "ResourceIdList");
    return ids == null || ids.isEmpty() ? "*" : ids.get(0).asString("*");
  }
}
