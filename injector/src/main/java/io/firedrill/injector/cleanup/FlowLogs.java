package io.firedrill.injector.cleanup;

import io.firedrill.injector.aws.AwsSession;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.CreateFlowLogsRequest;
import software.amazon.awssdk.services.ec2.model.CreateFlowLogsResponse;
import software.amazon.awssdk.services.ec2.model.FlowLog;
import software.amazon.awssdk.services.ec2.model.FlowLogsResourceType;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;

/**
 * A flow log as the ledger keeps it, and how to create it again: a deleted flow log cannot be
 * restored, only replaced by one with the same settings (and a new id).
 */
public final class FlowLogs {

  private FlowLogs() {}

  /** What {@link #recreate} needs, from the flow log as DescribeFlowLogs shows it. */
  public static Map<String, String> settings(String region, FlowLog log) {
    Map<String, String> details = new HashMap<>();
    details.put("region", region);
    details.put("resourceId", log.resourceId());
    details.put("trafficType", log.trafficTypeAsString());
    putIfPresent(details, "destinationType", log.logDestinationTypeAsString());
    putIfPresent(details, "destination", log.logDestination());
    putIfPresent(details, "logGroupName", log.logGroupName());
    putIfPresent(details, "deliverLogsPermissionArn", log.deliverLogsPermissionArn());
    putIfPresent(details, "logFormat", log.logFormat());
    if (log.maxAggregationInterval() != null) {
      details.put("maxAggregationInterval", String.valueOf(log.maxAggregationInterval()));
    }
    for (Tag tag : log.tags()) {
      details.put("tag:" + tag.key(), tag.value());
    }
    return details;
  }

  static void recreate(AwsSession control, Map<String, String> details) {
    String resource = details.get("resourceId");
    CreateFlowLogsRequest.Builder request =
        CreateFlowLogsRequest.builder()
            .resourceIds(resource)
            .resourceType(resourceType(resource))
            .trafficType(details.get("trafficType"))
            .logDestinationType(details.get("destinationType"))
            .logDestination(details.get("destination"))
            .logGroupName(details.get("logGroupName"))
            .deliverLogsPermissionArn(details.get("deliverLogsPermissionArn"))
            .logFormat(details.get("logFormat"));
    if (details.containsKey("maxAggregationInterval")) {
      request.maxAggregationInterval(Integer.parseInt(details.get("maxAggregationInterval")));
    }
    List<Tag> tags =
        details.entrySet().stream()
            .filter(e -> e.getKey().startsWith("tag:"))
            .map(e -> Tag.builder().key(e.getKey().substring(4)).value(e.getValue()).build())
            .toList();
    if (!tags.isEmpty()) {
      request.tagSpecifications(t -> t.resourceType(ResourceType.VPC_FLOW_LOG).tags(tags));
    }
    CreateFlowLogsResponse created =
        control.ec2(details.get("region")).createFlowLogs(request.build());
    if (created.flowLogIds().isEmpty()) {
      throw new IllegalArgumentException(
          "EC2 created no flow log for " + resource + ": " + created.unsuccessful());
    }
  }

  private static FlowLogsResourceType resourceType(String resourceId) {
    if (resourceId.startsWith("subnet-")) {
      return FlowLogsResourceType.SUBNET;
    }
    return resourceId.startsWith("eni-")
        ? FlowLogsResourceType.NETWORK_INTERFACE
        : FlowLogsResourceType.VPC;
  }

  private static void putIfPresent(Map<String, String> details, String key, String value) {
    if (value != null) {
      details.put(key, value);
    }
  }
}
