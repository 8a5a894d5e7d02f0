package io.firedrill.sandbox.provision;

import java.util.List;
import java.util.function.Consumer;
import software.amazon.awssdk.services.cloudtrail.model.TrailNotFoundException;
import software.amazon.awssdk.services.ec2.model.DeleteFlowLogsResponse;
import software.amazon.awssdk.services.eventbridge.model.ResourceNotFoundException;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;

/**
 * Removes one provisioned resource. Each method answers true when it removed it and false when it
 * was already gone; any other refusal is AWS's exception.
 */
final class Removals {

  private final AwsClients aws;
  private final Consumer<String> say;

  Removals(AwsClients aws, Consumer<String> say) {
    this.aws = aws;
    this.say = say;
  }

  boolean remove(Resource r) {
    return switch (r.kind()) {
      case ACCESS_KEY ->
          iam(
              () ->
                  aws.iam.deleteAccessKey(
                      d -> d.userName(r.attribute("user")).accessKeyId(r.id())));
      case USER_POLICY_ATTACHMENT ->
          iam(
              () ->
                  aws.iam.detachUserPolicy(d -> d.userName(r.attribute("user")).policyArn(r.id())));
      case USER -> iam(() -> new IamEntities(aws.iam, say).deleteUser(r.id()));
      case ROLE_POLICY_ATTACHMENT ->
          iam(
              () ->
                  aws.iam.detachRolePolicy(d -> d.roleName(r.attribute("role")).policyArn(r.id())));
      case ROLE_INLINE_POLICY ->
          iam(
              () ->
                  aws.iam.deleteRolePolicy(
                      d -> d.roleName(r.attribute("role")).policyName(r.id())));
      case ROLE -> iam(() -> new IamEntities(aws.iam, say).deleteRole(r.id()));
      case MANAGED_POLICY -> iam(() -> new IamEntities(aws.iam, say).deletePolicy(r.id()));
      case TRAIL -> trail(r.id());
      case FLOW_LOG -> flowLog(r.id());
      case BUCKET -> bucket(r.id());
      case DETECTOR -> detector(r.id());
      case RULE_TARGET -> ruleTarget(r.attribute("rule"), r.id());
      case RULE -> rule(r.id());
      case QUEUE -> queue(r.id());
    };
  }

  private static boolean iam(Runnable call) {
    try {
      call.run();
      return true;
    } catch (NoSuchEntityException gone) {
      return false;
    }
  }

  private boolean trail(String arn) {
    try {
      aws.cloudTrail.deleteTrail(d -> d.name(arn));
      return true;
    } catch (TrailNotFoundException gone) {
      return false;
    }
  }

  private boolean flowLog(String id) {
    DeleteFlowLogsResponse response = aws.ec2.deleteFlowLogs(d -> d.flowLogIds(id));
    if (response.unsuccessful().isEmpty()) {
      return true;
    }
    String code = response.unsuccessful().get(0).error().code();
    if ("InvalidFlowLogId.NotFound".equals(code)) {
      return false;
    }
    throw new IllegalStateException(
        "EC2 did not delete flow log "
            + id
            + ": "
            + response.unsuccessful().get(0).error().message());
  }

  // A bucket goes with its objects: the trail's log files and the flow log's records.
  private boolean bucket(String bucket) {
    try {
      int objects = 0;
      for (var page : aws.s3.listObjectsV2Paginator(l -> l.bucket(bucket))) {
        List<ObjectIdentifier> keys =
            page.contents().stream()
                .map(o -> ObjectIdentifier.builder().key(o.key()).build())
                .toList();
        if (!keys.isEmpty()) {
          aws.s3.deleteObjects(d -> d.bucket(bucket).delete(x -> x.objects(keys).quiet(true)));
          objects += keys.size();
        }
      }
      if (objects > 0) {
        say.accept("deleted " + objects + " object(s) in bucket " + bucket);
      }
      aws.s3.deleteBucket(d -> d.bucket(bucket));
      return true;
    } catch (NoSuchBucketException gone) {
      return false;
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return false;
      }
      throw e;
    }
  }

  // GuardDuty answers a detector that is not there with a generic BadRequest: look first.
  private boolean detector(String id) {
    if (!aws.guardDuty.listDetectors().detectorIds().contains(id)) {
      return false;
    }
    aws.guardDuty.deleteDetector(d -> d.detectorId(id));
    return true;
  }

  private boolean ruleTarget(String rule, String id) {
    try {
      boolean there =
          aws.events.listTargetsByRule(l -> l.rule(rule)).targets().stream()
              .anyMatch(t -> t.id().equals(id));
      if (!there) {
        return false;
      }
      aws.events.removeTargets(d -> d.rule(rule).ids(id));
      return true;
    } catch (ResourceNotFoundException gone) {
      return false;
    }
  }

  private boolean rule(String name) {
    try {
      aws.events.describeRule(d -> d.name(name));
    } catch (ResourceNotFoundException gone) {
      return false;
    }
    aws.events.deleteRule(d -> d.name(name));
    return true;
  }

  private boolean queue(String url) {
    try {
      aws.sqs.deleteQueue(d -> d.queueUrl(url));
      return true;
    } catch (QueueDoesNotExistException gone) {
      return false;
    }
  }
}
