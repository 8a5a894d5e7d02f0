package io.firedrill.sandbox.ec2;

import java.time.Instant;

/** A flow log publishing one VPC's, subnet's or interface's traffic records. */
record FlowLog(
    String id,
    String resourceId,
    String trafficType,
    String destinationType,
    String destination,
    String logGroupName,
    String deliverLogsPermissionArn,
    int maxAggregationInterval,
    Instant created) {}
