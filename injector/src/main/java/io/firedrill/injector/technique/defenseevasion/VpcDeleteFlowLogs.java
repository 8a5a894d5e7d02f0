package io.firedrill.injector.technique.defenseevasion;

import io.firedrill.injector.aws.ApiCall;
import io.firedrill.injector.aws.AwsSession;
import io.firedrill.injector.cleanup.Change;
import io.firedrill.injector.cleanup.FlowLogs;
import io.firedrill.injector.cleanup.Ledger;
import io.firedrill.injector.technique.IncidentType;
import io.firedrill.injector.technique.Parameters;
import io.firedrill.injector.technique.Technique;
import io.firedrill.injector.technique.TechniqueInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.ec2.model.FlowLog;

/** Deletes the region's VPC flow logs: the network's own record of who talked to whom ends. */
public final class VpcDeleteFlowLogs implements Technique<VpcDeleteFlowLogs.Params> {

  /**
   * @param flowLogId the flow log to delete, or null for every flow log of the region
   */
  public record Params(String flowLogId) {

    public Params {
      if (flowLogId != null && !flowLogId.matches("fl-[0-9a-f]+")) {
        throw new IllegalArgumentException(
            "flowLogId must be a flow log id such as fl-0123456789abcdef0; got '"
                + flowLogId
                + "'");
      }
    }
  }

  private static final TechniqueInfo INFO =
      new TechniqueInfo(
          "aws.defense-evasion.vpc-delete-flow-logs",
          "Delete VPC flow logs",
          "Finds the region's flow logs with ec2:DescribeFlowLogs, then deletes them with"
              + " ec2:DeleteFlowLogs, so that the traffic that follows is recorded nowhere."
              + " Cleanup creates each again with the same settings.",
          List.of("T1562.008"),
          IncidentType.COMPLIANCE_VARIANCE,
          List.of("DescribeFlowLogs", "DeleteFlowLogs"),
          List.of("DefenseEvasion:IAMUser/AnomalousBehavior"),
          List.of("ec2:DescribeFlowLogs", "ec2:DeleteFlowLogs"));

  @Override
  public TechniqueInfo info() {
    return INFO;
  }

  @Override
  public Params parameters(Map<String, String> with) {
    Parameters.allowOnly(with, Set.of("flowLogId"));
    return new Params(with.get("flowLogId"));
  }

  @Override
  public List<ApiCall> detonate(AwsSession session, Params p, Ledger ledger) {
    String region = session.region();
    List<ApiCall> calls = new ArrayList<>();
    List<FlowLog> found = new ArrayList<>();
    calls.add(
        session.call(
            "ec2",
            "DescribeFlowLogs",
            () -> {
              var described =
                  session
                      .ec2(region)
                      .describeFlowLogs(
                          r -> {
                            if (p.flowLogId() != null) {
                              r.flowLogIds(p.flowLogId());
                            }
                          });
              found.addAll(described.flowLogs());
              return described;
            }));
    if (found.isEmpty()) {
      return calls;
    }
    for (FlowLog log : found) {
      ledger.willMake(
          new Change(Change.FLOW_LOG_DELETED, log.flowLogId(), FlowLogs.settings(region, log)));
    }
    List<String> ids = found.stream().map(FlowLog::flowLogId).toList();
    calls.add(
        session.call(
            "ec2",
            "DeleteFlowLogs",
            () -> session.ec2(region).deleteFlowLogs(r -> r.flowLogIds(ids))));
    return calls;
  }
}
