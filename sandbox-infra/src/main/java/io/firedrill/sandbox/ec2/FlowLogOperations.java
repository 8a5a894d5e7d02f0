package io.firedrill.sandbox.ec2;

import io.firedrill.sandbox.api.ApiCall;
import io.firedrill.sandbox.api.Operation;
import io.firedrill.sandbox.api.Outcome;
import io.firedrill.sandbox.api.ResourceRef;
import io.firedrill.sandbox.wire.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * VPC flow logs: created for the default VPC or its subnet, listed, deleted. Deleting one that does
 * not exist is no error: EC2 answers success and lists it as unsuccessful.
 *
 * <p>CloudTrail records flow-log calls unlike any other EC2 call: the request and response as EC2's
 * XML turned into JSON ({@code {"DeleteFlowLogsRequest": {"FlowLogId": {"tag": 1, "content":
 * "fl-..."}}}}); see {@link FlowLogRecords}.
 */
final class FlowLogOperations {

  private static final Set<String> FILTERS =
      Set.of("flow-log-id", "resource-id", "traffic-type", "log-group-name", "deliver-log-status");

  private final Ec2Store store;

  FlowLogOperations(Ec2Store store) {
    this.store = store;
  }

  List<Operation> operations() {
    return List.of(
        Operation.write("CreateFlowLogs", this::create)
            .on(call -> Ec2Resources.arn(call, "vpc-flow-log/*")),
        Operation.read("DescribeFlowLogs", this::describe),
        Operation.write("DeleteFlowLogs", this::delete)
            .on(call -> Ec2Resources.first(call, "FlowLogId", "vpc-flow-log")));
  }

  private Outcome create(ApiCall call) {
    List<String> resources = Ec2Params.values(call.params(), "ResourceId");
    if (resources.isEmpty()) {
      throw Ec2Errors.missing("ResourceId");
    }
    String trafficType = call.param("TrafficType");
    if (trafficType == null) {
      throw Ec2Errors.missing("TrafficType");
    }
    Ec2Region region = store.region(call.region());
    synchronized (region) {
      List<String> created = new ArrayList<>();
      List<ObjectNode> unsuccessful = new ArrayList<>();
      for (String resource : resources) {
        boolean known =
            resource.equals(region.network.vpcId()) || resource.equals(region.network.subnetId());
        if (!known) {
          unsuccessful.add(
              unsuccessful(
                  resource, "InvalidVpcID.NotFound", "VPC " + resource + " does not exist"));
          continue;
        }
        FlowLog log =
            new FlowLog(
                Ec2Ids.next("fl"),
                resource,
                trafficType,
                call.params().getOrDefault("LogDestinationType", "cloud-watch-logs"),
                call.param("LogDestination"),
                call.param("LogGroupName"),
                call.param("DeliverLogsPermissionArn"),
                Ec2Params.integer(call.params(), "MaxAggregationInterval", 600),
                call.time());
        region.flowLogs.put(log.id(), log);
        created.add(log.id());
      }
      ObjectNode body = Json.object();
      if (call.param("ClientToken") != null) {
        body.put("clientToken", call.param("ClientToken"));
      }
      body.set("flowLogIdSet", plainItems(created));
      body.set("unsuccessful", Ec2Json.items(unsuccessful, u -> u));
      return FlowLogRecords.outcome(call, body)
          .about(
              created.stream()
                  .map(id -> new ResourceRef("AWS::EC2::FlowLog", id))
                  .toArray(ResourceRef[]::new));
    }
  }

  private static ObjectNode plainItems(List<String> values) {
    ObjectNode set = Json.object();
    if (!values.isEmpty()) {
      values.forEach(value -> set.withArray("items").add(value));
    }
    return set;
  }

  private static ObjectNode unsuccessful(String resourceId, String code, String message) {
    ObjectNode item = Json.object();
    item.set("error", Json.object().put("code", code).put("message", message));
    item.put("resourceId", resourceId);
    return item;
  }

  private Outcome describe(ApiCall call) {
    Ec2Filters filters = Ec2Filters.read(call.params(), FILTERS);
    Ec2Region region = store.region(call.region());
    synchronized (region) {
      List<String> ids = Ec2Params.values(call.params(), "FlowLogId");
      List<ObjectNode> found = new ArrayList<>();
      for (FlowLog log : region.flowLogs.values()) {
        boolean passes =
            filters.test(
                region.tagsOf(log.id()),
                filter ->
                    switch (filter) {
                      case "flow-log-id" -> List.of(log.id());
                      case "resource-id" -> List.of(log.resourceId());
                      case "traffic-type" -> List.of(log.trafficType());
                      case "deliver-log-status" -> List.of("SUCCESS");
                      case "log-group-name" ->
                          log.logGroupName() == null ? List.of() : List.of(log.logGroupName());
                      default -> List.of();
                    });
        if ((ids.isEmpty() || ids.contains(log.id())) && passes) {
          found.add(flowLog(log));
        }
      }
      ObjectNode body = Json.object();
      body.set("flowLogSet", Ec2Json.items(found, f -> f));
      return FlowLogRecords.outcome(call, body).recording(null);
    }
  }

  private static ObjectNode flowLog(FlowLog log) {
    ObjectNode out = Json.object();
    out.put("creationTime", log.created().toEpochMilli());
    if (log.deliverLogsPermissionArn() != null) {
      out.put("deliverLogsPermissionArn", log.deliverLogsPermissionArn());
    }
    out.put("deliverLogsStatus", "SUCCESS");
    out.put("flowLogId", log.id());
    out.put("flowLogStatus", "ACTIVE");
    if (log.logGroupName() != null) {
      out.put("logGroupName", log.logGroupName());
    }
    out.put("resourceId", log.resourceId());
    out.put("trafficType", log.trafficType());
    out.put("logDestinationType", log.destinationType());
    if (log.destination() != null) {
      out.put("logDestination", log.destination());
    }
    out.put(
        "logFormat",
        "${version} ${account-id} ${interface-id} ${srcaddr} ${dstaddr} ${srcport} ${dstport}"
            + " ${protocol} ${packets} ${bytes} ${start} ${end} ${action} ${log-status}");
    out.put("maxAggregationInterval", log.maxAggregationInterval());
    return out;
  }

  private Outcome delete(ApiCall call) {
    List<String> ids = Ec2Params.values(call.params(), "FlowLogId");
    if (ids.isEmpty()) {
      throw Ec2Errors.missing("FlowLogId");
    }
    Ec2Region region = store.region(call.region());
    synchronized (region) {
      List<ObjectNode> unsuccessful = new ArrayList<>();
      List<String> deleted = new ArrayList<>();
      for (String id : ids) {
        if (region.flowLogs.remove(id) == null) {
          unsuccessful.add(
              unsuccessful(id, "InvalidFlowLogId.NotFound", "This flow log does not exist"));
        } else {
          deleted.add(id);
        }
      }
      ObjectNode body = Json.object();
      body.set("unsuccessful", Ec2Json.items(unsuccessful, u -> u));
      return FlowLogRecords.outcome(call, body)
          .about(
              deleted.stream()
                  .map(id -> new ResourceRef("AWS::EC2::FlowLog", id))
                  .toArray(ResourceRef[]::new));
    }
  }
}
