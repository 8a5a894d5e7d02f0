package io.firedrill.sandbox.provision;

import io.firedrill.sandbox.baseline.Baseline;
import io.firedrill.sandbox.baseline.BaselineTrail;
import io.firedrill.sandbox.baseline.FlowLogs;
import java.util.List;
import software.amazon.awssdk.services.cloudtrail.model.Trail;
import software.amazon.awssdk.services.ec2.model.FlowLog;
import software.amazon.awssdk.services.s3.model.BucketLocationConstraint;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.Tag;

/** The logging part of provisioning: the trails, their buckets, and the VPC flow log. */
final class TrailSteps {

  private final AwsClients aws;
  private final Book book;
  private final Tags tags;
  private final String accountId;
  private final String region;

  TrailSteps(AwsClients aws, Book book, Tags tags, String accountId, String region) {
    this.aws = aws;
    this.book = book;
    this.tags = tags;
    this.accountId = accountId;
    this.region = region;
  }

  void run(Baseline baseline) {
    for (BaselineTrail trail : baseline.trails()) {
      bucket(trail.bucket(), trail.bucketPolicy(accountId));
      trail(trail);
    }
    if (baseline.vpcFlowLogBucket() != null) {
      // Flow logs ask no bucket policy of their creator: AWS adds the delivery statement itself.
      bucket(baseline.vpcFlowLogBucket(), null);
      flowLog(baseline.vpcFlowLogBucket());
    }
  }

  private void bucket(String bucket, String policy) {
    if (exists(bucket)) {
      book.existed("bucket " + bucket);
      return;
    }
    aws.s3.createBucket(
        create -> {
          create.bucket(bucket);
          // us-east-1 is the one region named by no location constraint at all.
          if (!region.equals("us-east-1")) {
            create.createBucketConfiguration(
                c -> c.locationConstraint(BucketLocationConstraint.fromValue(region)));
          }
        });
    book.created(Resource.of(Kind.BUCKET, bucket));
    List<Tag> tagSet =
        tags.map().entrySet().stream()
            .map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build())
            .toList();
    aws.s3.putBucketTagging(r -> r.bucket(bucket).tagging(t -> t.tagSet(tagSet)));
    if (policy != null) {
      aws.s3.putBucketPolicy(r -> r.bucket(bucket).policy(policy));
    }
  }

  private boolean exists(String bucket) {
    try {
      aws.s3.headBucket(r -> r.bucket(bucket));
      return true;
    } catch (NoSuchBucketException missing) {
      return false;
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return false;
      }
      if (e.statusCode() == 403) {
        throw new IllegalStateException(
            "bucket "
                + bucket
                + " belongs to another account (S3 bucket names are global); name another"
                + " bucket in the baseline",
            e);
      }
      throw e;
    }
  }

  private void trail(BaselineTrail wanted) {
    List<Trail> found =
        aws.cloudTrail
            .describeTrails(r -> r.trailNameList(wanted.name()).includeShadowTrails(false))
            .trailList();
    if (!found.isEmpty()) {
      String arn = found.get(0).trailARN();
      book.existed("trail " + arn);
      if (wanted.logging() && !aws.cloudTrail.getTrailStatus(r -> r.name(arn)).isLogging()) {
        aws.cloudTrail.startLogging(r -> r.name(arn));
        book.note("started logging on the existing trail " + arn);
      }
      return;
    }
    String arn =
        aws.cloudTrail
            .createTrail(
                r ->
                    r.name(wanted.name())
                        .s3BucketName(wanted.bucket())
                        .tagsList(
                            tags.map().entrySet().stream()
                                .map(
                                    e ->
                                        software.amazon.awssdk.services.cloudtrail.model.Tag
                                            .builder()
                                            .key(e.getKey())
                                            .value(e.getValue())
                                            .build())
                                .toList()))
            .trailARN();
    book.created(Resource.of(Kind.TRAIL, arn));
    if (wanted.logging()) {
      aws.cloudTrail.startLogging(r -> r.name(arn));
    }
  }

  private void flowLog(String bucket) {
    String vpc = FlowLogs.defaultVpc(aws.ec2);
    String destination = "arn:aws:s3:::" + bucket;
    List<FlowLog> existing =
        aws
            .ec2
            .describeFlowLogs(r -> r.filter(f -> f.name("resource-id").values(vpc)))
            .flowLogs()
            .stream()
            .filter(f -> destination.equals(f.logDestination()))
            .toList();
    if (!existing.isEmpty()) {
      book.existed("flow log " + existing.get(0).flowLogId() + " of " + vpc + " to " + bucket);
      return;
    }
    String id = FlowLogs.create(aws.ec2, vpc, bucket, tags.map());
    book.created(Resource.of(Kind.FLOW_LOG, id));
  }
}
