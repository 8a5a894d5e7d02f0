package io.firedrill.scoring.probe;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;
import software.amazon.awssdk.services.guardduty.model.DetectorStatus;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.sts.StsClient;

/** The four probes, each one SDK call or two against the account, with firedrill's control key. */
final class Probes implements AutoCloseable {

  static final String KEY = "access-key";
  static final String USER = "user-deleted";
  static final String TRAIL = "trail-logging";
  static final String DETECTOR = "detector-enabled";

  private final URI endpoint;
  private final Region region;
  private final IamClient iam;
  private final CloudTrailClient cloudTrail;
  private final GuardDutyClient guardDuty;
  // Clients that sign with a leaked key, made once: building SDK clients mid-exercise is slow.
  private final java.util.Map<String, StsClient> stsByKey = new java.util.HashMap<>();
  private final java.util.Map<String, IamClient> iamByKey = new java.util.HashMap<>();

  Probes(URI endpoint, String region, AwsCredentials control) {
    this.endpoint = endpoint;
    this.region = Region.of(region);
    StaticCredentialsProvider credentials = StaticCredentialsProvider.create(control);
    this.iam =
        IamClient.builder()
            .endpointOverride(endpoint)
            .region(Region.AWS_GLOBAL)
            .credentialsProvider(credentials)
            .httpClient(UrlConnectionHttpClient.create())
            .build();
    this.cloudTrail =
        CloudTrailClient.builder()
            .endpointOverride(endpoint)
            .region(this.region)
            .credentialsProvider(credentials)
            .httpClient(UrlConnectionHttpClient.create())
            .build();
    this.guardDuty =
        GuardDutyClient.builder()
            .endpointOverride(endpoint)
            .region(this.region)
            .credentialsProvider(credentials)
            .httpClient(UrlConnectionHttpClient.create())
            .build();
  }

  /**
   * The leaked key is contained when AWS refuses it (deactivated or deleted: InvalidClientTokenId)
   * or when a deny policy refuses what it asks; GetCallerIdentity alone cannot tell the second,
   * since no policy can deny it.
   */
  /** Makes the clients that probe a leaked key, before the exercise starts. */
  void prepare(AwsCredentials leaked) {
    StaticCredentialsProvider credentials = StaticCredentialsProvider.create(leaked);
    stsByKey.put(
        leaked.accessKeyId(),
        StsClient.builder()
            .endpointOverride(endpoint)
            .region(region)
            .credentialsProvider(credentials)
            .httpClient(UrlConnectionHttpClient.create())
            .build());
    iamByKey.put(
        leaked.accessKeyId(),
        IamClient.builder()
            .endpointOverride(endpoint)
            .region(Region.AWS_GLOBAL)
            .credentialsProvider(credentials)
            .httpClient(UrlConnectionHttpClient.create())
            .build());
  }

  ProbeResult key(String user, AwsCredentials leaked) {
    String id = leaked.accessKeyId();
    if (!stsByKey.containsKey(id)) {
      prepare(leaked);
    }
    try {
      stsByKey.get(id).getCallerIdentity();
    } catch (AwsServiceException e) {
      return new ProbeResult(KEY, id, user, true, "GetCallerIdentity: " + code(e));
    }
    try {
      iamByKey.get(id).getUser();
      return new ProbeResult(KEY, id, user, false, "the key still works: iam:GetUser allowed");
    } catch (AwsServiceException e) {
      return new ProbeResult(KEY, id, user, true, "the key is denied: iam:GetUser " + code(e));
    }
  }

  ProbeResult user(String name) {
    try {
      iam.getUser(r -> r.userName(name));
      return new ProbeResult(USER, name, null, false, "the user still exists");
    } catch (NoSuchEntityException e) {
      return new ProbeResult(USER, name, null, true, "GetUser: NoSuchEntity");
    }
  }

  ProbeResult trail(String name) {
    try {
      boolean logging =
          Boolean.TRUE.equals(cloudTrail.getTrailStatus(r -> r.name(name)).isLogging());
      return new ProbeResult(
          TRAIL, name, null, logging, logging ? "IsLogging: true" : "IsLogging: false");
    } catch (AwsServiceException e) {
      return new ProbeResult(TRAIL, name, null, false, "GetTrailStatus: " + code(e));
    }
  }

  ProbeResult detector() {
    for (String id : guardDuty.listDetectors().detectorIds()) {
      if (guardDuty.getDetector(r -> r.detectorId(id)).status() == DetectorStatus.ENABLED) {
        return new ProbeResult(DETECTOR, "account", null, true, "detector " + id + " enabled");
      }
    }
    return new ProbeResult(DETECTOR, "account", null, false, "no enabled detector");
  }

  private static String code(AwsServiceException e) {
    return e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null
        ? "HTTP " + e.statusCode()
        : e.awsErrorDetails().errorCode();
  }

  /** A probe that could not reach AWS says so rather than passing or failing. */
  static boolean unreachable(RuntimeException e) {
    return e instanceof SdkClientException;
  }

  @Override
  public void close() {
    stsByKey.values().forEach(StsClient::close);
    iamByKey.values().forEach(IamClient::close);
    iam.close();
    cloudTrail.close();
    guardDuty.close();
  }
}
