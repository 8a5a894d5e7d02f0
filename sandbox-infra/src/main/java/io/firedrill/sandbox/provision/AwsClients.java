package io.firedrill.sandbox.provision;

import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sts.StsClient;

/** One SDK client per service the provisioning touches, sharing one HTTP client. */
final class AwsClients implements AutoCloseable {

  private final Target target;
  private final SdkHttpClient http = UrlConnectionHttpClient.create();
  final StsClient sts;
  // IAM is global and signs for us-east-1 wherever the account's resources live.
  final IamClient iam;
  final CloudTrailClient cloudTrail;
  final S3Client s3;
  final GuardDutyClient guardDuty;
  final EventBridgeClient events;
  final SqsClient sqs;
  final Ec2Client ec2;

  AwsClients(Target target) {
    this.target = target;
    Region region = Region.of(target.region());
    sts = build(StsClient.builder(), region);
    iam = build(IamClient.builder(), Region.US_EAST_1);
    cloudTrail = build(CloudTrailClient.builder(), region);
    // Path style against an endpoint: an address has no bucket sub-domains.
    s3 = build(S3Client.builder().forcePathStyle(target.endpoint() != null), region);
    guardDuty = build(GuardDutyClient.builder(), region);
    events = build(EventBridgeClient.builder(), region);
    sqs = build(SqsClient.builder(), region);
    ec2 = build(Ec2Client.builder(), region);
  }

  /** An EC2 client for another region, for an inventory of the whole account; caller closes. */
  Ec2Client ec2In(String region) {
    return build(Ec2Client.builder(), Region.of(region));
  }

  private <B extends AwsClientBuilder<B, C> & SdkSyncClientBuilder<B, C>, C> C build(
      B builder, Region region) {
    builder.httpClient(http).region(region).credentialsProvider(target.credentials());
    if (target.endpoint() != null) {
      builder.endpointOverride(target.endpoint());
    }
    return builder.build();
  }

  @Override
  public void close() {
    sts.close();
    iam.close();
    cloudTrail.close();
    s3.close();
    guardDuty.close();
    events.close();
    sqs.close();
    ec2.close();
    http.close();
  }
}
