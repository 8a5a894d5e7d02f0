package io.firedrill.sandbox.ec2;

import io.firedrill.sandbox.api.ApiCall;
import io.firedrill.sandbox.api.Operation;
import io.firedrill.sandbox.api.Outcome;
import io.firedrill.sandbox.wire.Json;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * DescribeRegions: the commercial regions enabled in every account by default. Opt-in regions are
 * left out, as for an account that enabled none.
 */
final class Regions {

  static final List<String> ENABLED =
      List.of(
          "ap-northeast-1",
          "ap-northeast-2",
          "ap-northeast-3",
          "ap-south-1",
          "ap-southeast-1",
          "ap-southeast-2",
          "ca-central-1",
          "eu-central-1",
          "eu-north-1",
          "eu-west-1",
          "eu-west-2",
          "eu-west-3",
          "sa-east-1",
          "us-east-1",
          "us-east-2",
          "us-west-1",
          "us-west-2");

  private static final Set<String> FILTERS = Set.of("region-name", "endpoint", "opt-in-status");

  private Regions() {}

  static Operation operation() {
    return Operation.read("DescribeRegions", Regions::describe);
  }

  private static Outcome describe(ApiCall call) {
    Ec2Filters filters = Ec2Filters.read(call.params(), FILTERS);
    List<String> named = Ec2Params.values(call.params(), "RegionName");
    for (String name : named) {
      if (!ENABLED.contains(name)) {
        throw Ec2Errors.client("InvalidParameterValue", "Invalid region: " + name);
      }
    }
    List<String> regions =
        ENABLED.stream()
            .filter(name -> named.isEmpty() || named.contains(name))
            .filter(
                name ->
                    filters.test(
                        Map.of(),
                        filter ->
                            switch (filter) {
                              case "region-name" -> List.of(name);
                              case "endpoint" -> List.of(endpoint(name));
                              case "opt-in-status" -> List.of("opt-in-not-required");
                              default -> List.of();
                            }))
            .toList();
    ObjectNode body = Json.object();
    body.set(
        "regionInfo",
        Ec2Json.items(
            regions,
            name ->
                Json.object()
                    .put("regionName", name)
                    .put("regionEndpoint", endpoint(name))
                    .put("optInStatus", "opt-in-not-required")));
    return Ec2Outcomes.read(body);
  }

  private static String endpoint(String region) {
    return "ec2." + region + ".amazonaws.com";
  }
}
