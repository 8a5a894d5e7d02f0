package io.firedrill.sandbox.baseline;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.CreateTrailResponse;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.iam.model.Tag;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Applies a {@link Baseline} through the AWS SDK, exactly as it would provision a real account: the
 * embedded sandbox gets no back door.
 *
 * <p>Users get the managed policies the baseline names and nothing else, as a new IAM user on AWS
 * has no permissions; roles get a trust policy for the principal the baseline names.
 *
 * <p>A trail's bucket is created (with the bucket policy CloudTrail needs to write to it) when it
 * does not exist yet, and used as it is when it does.
 *
 * <p>Otherwise it creates, never adopts: a user or trail that already exists fails the apply with
 * AWS's own error, so a baseline never silently takes over resources it did not make. What it
 * created before a failure stays, tagged, for the cleanup ledger to find.
 */
public final class BaselineApplier {

  /** The tag key on everything a baseline creates; the value is the baseline's name. */
  public static final String TAG_KEY = "firedrill:baseline";

  private BaselineApplier() {}

  /**
   * Applies {@code baseline} to the account behind {@code endpoint} (null for AWS's own endpoints)
   * in {@code region}, as the identity {@code admin} provides.
   */
  public static AppliedBaseline apply(
      Baseline baseline, URI endpoint, String region, AwsCredentialsProvider admin) {
    try (SdkHttpClient http = UrlConnectionHttpClient.create();
        StsClient sts = client(StsClient.builder(), http, endpoint, Region.of(region), admin);
        // IAM is global and signs for us-east-1 wherever the exercise runs.
        IamClient iam = client(IamClient.builder(), http, endpoint, Region.US_EAST_1, admin);
        CloudTrailClient cloudTrail =
            client(CloudTrailClient.builder(), http, endpoint, Region.of(region), admin)) {
      String accountId = sts.getCallerIdentity().account();
      // GuardDuty first, learning: what the administrator does to set the account up is then its
      // normal behaviour, not an anomaly (a real GuardDuty ignores the tag).
      String detector = null;
      if (baseline.guardDuty()) {
        try (GuardDutyClient guardDuty =
            client(GuardDutyClient.builder(), http, endpoint, Region.of(region), admin)) {
          detector = Detectors.ensureEnabled(guardDuty, baseline.name());
          Detectors.learn(guardDuty, detectorArn(region, accountId, detector), true);
        }
      }
      for (BaselinePolicy policy : baseline.policies()) {
        iam.createPolicy(
            create ->
                create
                    .policyName(policy.name())
                    .policyDocument(policy.document())
                    .tags(tag -> tag.key(TAG_KEY).value(baseline.name())));
      }
      Map<String, AwsBasicCredentials> keys = new LinkedHashMap<>();
      for (BaselineUser user : baseline.users()) {
        iam.createUser(
            create ->
                create.userName(user.name()).tags(tag -> tag.key(TAG_KEY).value(baseline.name())));
        for (String policyArn : user.policies()) {
          iam.attachUserPolicy(
              attach ->
                  attach.userName(user.name()).policyArn(BaselinePolicy.arn(policyArn, accountId)));
        }
        if (user.accessKey()) {
          AccessKey key = iam.createAccessKey(create -> create.userName(user.name())).accessKey();
          keys.put(
              user.name(), AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey()));
        }
      }
      List<String> trailArns = new ArrayList<>();
      if (!baseline.trails().isEmpty()) {
        try (S3Client s3 = s3Client(http, endpoint, Region.of(region), admin)) {
          for (BaselineTrail trail : baseline.trails()) {
            TrailBuckets.ensure(s3, trail.bucket(), region, accountId, baseline.name());
          }
        }
      }
      for (BaselineTrail trail : baseline.trails()) {
        CreateTrailResponse created =
            cloudTrail.createTrail(
                create ->
                    create
                        .name(trail.name())
                        .s3BucketName(trail.bucket())
                        .tagsList(tag -> tag.key(TAG_KEY).value(baseline.name())));
        if (trail.logging()) {
          cloudTrail.startLogging(start -> start.name(created.trailARN()));
        }
        trailArns.add(created.trailARN());
      }
      // After the users: a trust policy may name one, and IAM checks that it exists.
      Map<String, String> roleArns = new LinkedHashMap<>();
      for (BaselineRole role : baseline.roles()) {
        String arn =
            iam.createRole(
                    create ->
                        create
                            .roleName(role.name())
                            .assumeRolePolicyDocument(role.trustPolicy(accountId))
                            .tags(roleTags(role, baseline.name())))
                .role()
                .arn();
        for (String policyArn : role.policies()) {
          iam.attachRolePolicy(
              attach ->
                  attach.roleName(role.name()).policyArn(BaselinePolicy.arn(policyArn, accountId)));
        }
        roleArns.put(role.name(), arn);
      }
      if (baseline.vpcFlowLogBucket() != null) {
        try (Ec2Client ec2 =
            client(Ec2Client.builder(), http, endpoint, Region.of(region), admin)) {
          FlowLogs.create(ec2, baseline.vpcFlowLogBucket(), baseline.name());
        }
      }
      if (detector != null) {
        try (GuardDutyClient guardDuty =
            client(GuardDutyClient.builder(), http, endpoint, Region.of(region), admin)) {
          Detectors.learn(guardDuty, detectorArn(region, accountId, detector), false);
        }
      }
      return new AppliedBaseline(accountId, keys, trailArns, roleArns);
    }
  }

  // The baseline's own tag first, then the role's (the sandbox marker, for one).
  private static List<Tag> roleTags(BaselineRole role, String baselineName) {
    List<Tag> tags = new ArrayList<>();
    tags.add(Tag.builder().key(TAG_KEY).value(baselineName).build());
    role.tags().forEach((key, value) -> tags.add(Tag.builder().key(key).value(value).build()));
    return tags;
  }

  private static String detectorArn(String region, String accountId, String detectorId) {
    return "arn:aws:guardduty:" + region + ":" + accountId + ":detector/" + detectorId;
  }

  // Path style: a sandbox endpoint is an address, which has no bucket sub-domains.
  private static S3Client s3Client(
      SdkHttpClient http, URI endpoint, Region region, AwsCredentialsProvider admin) {
    S3ClientBuilder builder = S3Client.builder();
    if (endpoint != null) {
      builder.forcePathStyle(true);
    }
    return client(builder, http, endpoint, region, admin);
  }

  private static <B extends AwsClientBuilder<B, C> & SdkSyncClientBuilder<B, C>, C> C client(
      B builder, SdkHttpClient http, URI endpoint, Region region, AwsCredentialsProvider admin) {
    builder.httpClient(http).region(region).credentialsProvider(admin);
    if (endpoint != null) {
      builder.endpointOverride(endpoint);
    }
    return builder.build();
  }
}
