package io.firedrill.sandbox.provision;

import java.util.SortedSet;

/**
 * The regional and S3 lines of an {@link Inventory}: trails, buckets and their objects, GuardDuty
 * detectors, EventBridge rules and targets on the default bus, SQS queues.
 */
final class ServiceInventory {

  private ServiceInventory() {}

  static void add(AwsClients aws, SortedSet<String> items) {
    aws.cloudTrail
        .describeTrails(r -> r.includeShadowTrails(false))
        .trailList()
        .forEach(
            t -> {
              boolean logging =
                  aws.cloudTrail.getTrailStatus(r -> r.name(t.trailARN())).isLogging();
              items.add(
                  "cloudtrail-trail "
                      + t.trailARN()
                      + " bucket="
                      + t.s3BucketName()
                      + (logging ? " logging" : " stopped"));
            });
    aws.s3
        .listBuckets()
        .buckets()
        .forEach(
            b -> {
              items.add("s3-bucket " + b.name());
              aws.s3
                  .listObjectsV2Paginator(r -> r.bucket(b.name()))
                  .contents()
                  .forEach(o -> items.add("s3-object " + b.name() + "/" + o.key()));
            });
    aws.guardDuty
        .listDetectors()
        .detectorIds()
        .forEach(
            id ->
                items.add(
                    "guardduty-detector "
                        + id
                        + " "
                        + aws.guardDuty.getDetector(r -> r.detectorId(id)).statusAsString()));
    aws.events
        .listRules(r -> {})
        .rules()
        .forEach(
            rule -> {
              items.add("events-rule " + rule.name() + " " + rule.stateAsString());
              aws.events
                  .listTargetsByRule(r -> r.rule(rule.name()))
                  .targets()
                  .forEach(
                      t ->
                          items.add("events-target " + rule.name() + "/" + t.id() + " " + t.arn()));
            });
    aws.sqs.listQueuesPaginator(r -> {}).queueUrls().forEach(url -> items.add("sqs-queue " + url));
  }
}
