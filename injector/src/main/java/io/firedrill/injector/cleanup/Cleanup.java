package io.firedrill.injector.cleanup;

import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.JournalEntry;
import io.firedrill.injector.aws.AwsSession;
import io.firedrill.injector.aws.IamRoles;
import io.firedrill.injector.aws.IamUsers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;

/**
 * Undoes what the ledger holds, newest first, with firedrill's control identity. What is already
 * gone counts as undone: cleanup can run again after a partial one.
 */
public final class Cleanup {

  private Cleanup() {}

  /** The changes a journal's ledger holds, oldest first. */
  public static List<Change> changes(List<JournalEntry> journal) {
    List<Change> changes = new ArrayList<>();
    for (JournalEntry entry : journal) {
      if (EntryTypes.LEDGER_RECORDED.equals(entry.type())) {
        Map<String, String> details = new java.util.TreeMap<>();
        entry
            .data()
            .path("details")
            .properties()
            .forEach(e -> details.put(e.getKey(), e.getValue().asString()));
        changes.add(new Change(entry.text("kind"), entry.text("id"), details));
      }
    }
    return changes;
  }

  public static CleanupReport undo(List<Change> changes, AwsSession control) {
    List<String> undone = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    List<Change> newestFirst = new ArrayList<>(changes);
    Collections.reverse(newestFirst);
    for (Change change : newestFirst) {
      String what = change.kind() + " " + change.id();
      try {
        undo(change, control);
        undone.add(what);
      } catch (NoSuchEntityException gone) {
        undone.add(what + " (already gone)");
      } catch (AwsServiceException e) {
        failed.add(
            what
                + ": "
                + e.awsErrorDetails().errorCode()
                + ": "
                + e.awsErrorDetails().errorMessage());
      } catch (SdkException | IllegalArgumentException e) {
        failed.add(what + ": " + e.getMessage());
      }
    }
    return new CleanupReport(undone, failed);
  }

  private static void undo(Change change, AwsSession control) {
    IamClient iam = control.iam();
    String id = change.id();
    Map<String, String> details = change.details();
    switch (change.kind()) {
      case Change.IAM_USER -> IamUsers.deleteWithEverything(iam, id);
      case Change.IAM_NEW_ACCESS_KEYS ->
          IamUsers.deleteKeysOtherThan(iam, id, details.get("existing"));
      case Change.IAM_LOGIN_PROFILE -> iam.deleteLoginProfile(r -> r.userName(id));
      case Change.IAM_USER_POLICY_ATTACHED ->
          iam.detachUserPolicy(r -> r.userName(id).policyArn(details.get("policyArn")));
      case Change.IAM_USER_INLINE_POLICY ->
          iam.deleteUserPolicy(r -> r.userName(id).policyName(details.get("policyName")));
      case Change.IAM_ROLE -> IamRoles.deleteWithEverything(iam, id);
      case Change.EC2_INSTANCES -> Instances.terminateTagged(control, id, details);
      case Change.EC2_INGRESS -> Instances.revokeIngress(control, id, details);
      case Change.FLOW_LOG_DELETED -> FlowLogs.recreate(control, details);
      case Change.POLICY_VERSION -> PolicyVersions.restore(iam, id, details);
      case Change.SNAPSHOT_SHARED ->
          control
              .ec2(details.get("region"))
              .modifySnapshotAttribute(
                  r ->
                      r.snapshotId(id)
                          .attribute("createVolumePermission")
                          .createVolumePermission(
                              p -> p.remove(u -> u.userId(details.get("account")))));
      case Change.ROLE_TRUST ->
          iam.updateAssumeRolePolicy(r -> r.roleName(id).policyDocument(details.get("document")));
      case Change.GUARDDUTY_DISABLED ->
          control.guardDuty().updateDetector(r -> r.detectorId(id).enable(true));
      case Change.GUARDDUTY_DELETED -> control.guardDuty().createDetector(r -> r.enable(true));
      case Change.TRAIL_LOGGING_STOPPED -> control.cloudTrail().startLogging(r -> r.name(id));
      case Change.TRAIL_DELETED -> Trails.recreate(control, id, details);
      case Change.TRAIL_SELECTORS -> Trails.restoreSelectors(control, id, details.get("selectors"));
      case Change.S3_BUCKET_POLICY -> BucketPolicies.restore(control, id, details.get("policy"));
      case Change.TRAIL_BUCKET ->
          control.cloudTrail().updateTrail(r -> r.name(id).s3BucketName(details.get("bucket")));
      default ->
          throw new IllegalArgumentException(
              "no way to undo a change of kind '" + change.kind() + "'");
    }
  }
}
