package io.firedrill.sandbox.baseline;

import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.CreateFlowLogsResponse;
import software.amazon.awssdk.services.ec2.model.FlowLogsResourceType;
import software.amazon.awssdk.services.ec2.model.LogDestinationType;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.TrafficType;

/** The default VPC's flow log, delivered to S3, which needs no IAM role to deliver with. */
public final class FlowLogs {

  private FlowLogs() {}

  static String create(Ec2Client ec2, String bucket, String baselineName) {
    return create(
        ec2, defaultVpc(ec2), bucket, java.util.Map.of(BaselineApplier.TAG_KEY, baselineName));
  }

  /** The id of the region's default VPC. */
  public static String defaultVpc(Ec2Client ec2) {
    // Every VPC has a security group named default; it says which VPC is the default one.
    return ec2.describeSecurityGroups(r -> r.groupNames("default")).securityGroups().get(0).vpcId();
  }

  /**
   * Creates a flow log of all of {@code vpcId}'s traffic delivering to {@code bucket}, tagged with
   * {@code tags}, and returns its id.
   */
  public static String create(
      Ec2Client ec2, String vpcId, String bucket, java.util.Map<String, String> tags) {
    CreateFlowLogsResponse created =
        ec2.createFlowLogs(
            r ->
                r.resourceIds(vpcId)
                    .resourceType(FlowLogsResourceType.VPC)
                    .trafficType(TrafficType.ALL)
                    .logDestinationType(LogDestinationType.S3)
                    .logDestination("arn:aws:s3:::" + bucket)
                    .tagSpecifications(
                        t ->
                            t.resourceType(ResourceType.VPC_FLOW_LOG)
                                .tags(
                                    tags.entrySet().stream()
                                        .map(
                                            e ->
                                                software.amazon.awssdk.services.ec2.model.Tag
                                                    .builder()
                                                    .key(e.getKey())
                                                    .value(e.getValue())
                                                    .build())
                                        .toList())));
    if (created.flowLogIds().isEmpty()) {
      throw new IllegalStateException(
          "no flow log created for " + vpcId + ": " + created.unsuccessful());
    }
    return created.flowLogIds().get(0);
  }
}
