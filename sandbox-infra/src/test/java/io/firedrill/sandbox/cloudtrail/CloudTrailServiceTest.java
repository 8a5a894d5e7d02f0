package io.firedrill.sandbox.cloudtrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.SandboxClients;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.CloudTrailException;
import software.amazon.awssdk.services.cloudtrail.model.CreateTrailResponse;
import software.amazon.awssdk.services.cloudtrail.model.GetTrailStatusResponse;
import software.amazon.awssdk.services.cloudtrail.model.InvalidTrailNameException;
import software.amazon.awssdk.services.cloudtrail.model.Trail;
import software.amazon.awssdk.services.cloudtrail.model.TrailAlreadyExistsException;
import software.amazon.awssdk.services.cloudtrail.model.TrailNotFoundException;

class CloudTrailServiceTest {

  private static Sandbox sandbox;
  private static CloudTrailClient cloudTrail;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.builder().port(0).start();
    cloudTrail = SandboxClients.cloudTrail(sandbox, sandbox.adminCredentials());
  }

  @AfterAll
  static void stop() {
    cloudTrail.close();
    sandbox.close();
  }

  @Test
  void createsATrailWithTagsThatIsNotYetLogging() {
    CreateTrailResponse created =
        cloudTrail.createTrail(
            create ->
                create
                    .name("audit-trail")
                    .s3BucketName("audit-bucket")
                    .tagsList(t -> t.key("owner").value("blue")));
    GetTrailStatusResponse status = cloudTrail.getTrailStatus(get -> get.name("audit-trail"));

    assertThat(created.trailARN())
        .isEqualTo("arn:aws:cloudtrail:us-east-1:000000000000:trail/audit-trail");
    assertThat(created.s3BucketName()).isEqualTo("audit-bucket");
    assertThat(created.includeGlobalServiceEvents()).isTrue();
    assertThat(created.isMultiRegionTrail()).isFalse();
    assertThat(status.isLogging()).isFalse();
    assertThat(status.startLoggingTime()).isNull();
    assertThat(
            cloudTrail
                .listTags(list -> list.resourceIdList(created.trailARN()))
                .resourceTagList()
                .get(0)
                .tagsList())
        .singleElement()
        .satisfies(tag -> assertThat(tag.key() + "=" + tag.value()).isEqualTo("owner=blue"));
  }

  @Test
  void startsAndStopsLoggingByNameOrArn() {
    String arn =
        cloudTrail
            .createTrail(create -> create.name("switch-trail").s3BucketName("switch-bucket"))
            .trailARN();
    Instant before = Instant.now().minusMillis(1);

    cloudTrail.startLogging(start -> start.name("switch-trail"));
    GetTrailStatusResponse started = cloudTrail.getTrailStatus(get -> get.name(arn));
    cloudTrail.stopLogging(stop -> stop.name(arn));
    GetTrailStatusResponse stopped = cloudTrail.getTrailStatus(get -> get.name("switch-trail"));

    assertThat(started.isLogging()).isTrue();
    assertThat(started.startLoggingTime()).isAfter(before);
    assertThat(started.stopLoggingTime()).isNull();
    assertThat(stopped.isLogging()).isFalse();
    assertThat(stopped.startLoggingTime()).isEqualTo(started.startLoggingTime());
    assertThat(stopped.stopLoggingTime()).isAfterOrEqualTo(started.startLoggingTime());
  }

  @Test
  void describesAllTrailsOrTheNamedOnes() {
    String arn =
        cloudTrail
            .createTrail(create -> create.name("described-trail").s3BucketName("described"))
            .trailARN();

    Trail byName =
        cloudTrail.describeTrails(d -> d.trailNameList("described-trail")).trailList().get(0);

    assertThat(byName.trailARN()).isEqualTo(arn);
    assertThat(byName.homeRegion()).isEqualTo("us-east-1");
    assertThat(byName.s3BucketName()).isEqualTo("described");
    assertThat(cloudTrail.describeTrails(d -> d.trailNameList(arn)).trailList()).hasSize(1);
    assertThat(cloudTrail.describeTrails().trailList())
        .extracting(Trail::name)
        .contains("described-trail");
    assertThat(cloudTrail.describeTrails(d -> d.trailNameList("no-such-trail")).trailList())
        .isEmpty();
  }

  @Test
  void aTrailNameIsTakenOnce() {
    cloudTrail.createTrail(create -> create.name("once-trail").s3BucketName("once"));

    TrailAlreadyExistsException error =
        catchThrowableOfType(
            TrailAlreadyExistsException.class,
            () -> cloudTrail.createTrail(create -> create.name("once-trail").s3BucketName("once")));

    assertThat(error.statusCode()).isEqualTo(400);
    assertThat(error.awsErrorDetails().errorCode()).isEqualTo("TrailAlreadyExistsException");
  }

  @Test
  void deletesATrailByArnAndThenItIsNotFound() {
    String arn =
        cloudTrail
            .createTrail(create -> create.name("doomed-trail").s3BucketName("doomed"))
            .trailARN();

    cloudTrail.deleteTrail(delete -> delete.name(arn));
    TrailNotFoundException error =
        catchThrowableOfType(
            TrailNotFoundException.class,
            () -> cloudTrail.stopLogging(stop -> stop.name("doomed-trail")));

    assertThat(error.awsErrorDetails().errorCode()).isEqualTo("TrailNotFoundException");
    assertThat(error.awsErrorDetails().errorMessage())
        .isEqualTo(
            "Unknown trail: arn:aws:cloudtrail:us-east-1:000000000000:trail/doomed-trail"
                + " for the user: 000000000000");
    assertThat(
            catchThrowableOfType(
                TrailNotFoundException.class, () -> cloudTrail.deleteTrail(d -> d.name(arn))))
        .isNotNull();
  }

  @Test
  void aTrailNameCloudTrailWouldRefuseIsInvalid() {
    InvalidTrailNameException error =
        catchThrowableOfType(
            InvalidTrailNameException.class,
            () ->
                cloudTrail.createTrail(create -> create.name("bad--name").s3BucketName("bucket")));

    assertThat(error.awsErrorDetails().errorMessage()).contains("adjacent");
  }

  @Test
  void anUnknownKeyIsAnUnrecognizedClient() {
    AwsBasicCredentials unknown =
        AwsBasicCredentials.create("AKIANOBODYNOBODY0000", "z".repeat(40));
    try (CloudTrailClient stranger = SandboxClients.cloudTrail(sandbox, unknown)) {
      CloudTrailException error =
          catchThrowableOfType(CloudTrailException.class, stranger::describeTrails);

      assertThat(error.statusCode()).isEqualTo(400);
      assertThat(error.awsErrorDetails().errorCode()).isEqualTo("UnrecognizedClientException");
      assertThat(error.awsErrorDetails().errorMessage())
          .isEqualTo("The security token included in the request is invalid.");
      assertThat(error.requestId()).isNotBlank();
    }
  }

  @Test
  void aWrongSecretIsAnInvalidSignature() {
    AwsBasicCredentials admin = sandbox.adminCredentials();
    AwsBasicCredentials wrong = AwsBasicCredentials.create(admin.accessKeyId(), "w".repeat(40));
    try (CloudTrailClient forger = SandboxClients.cloudTrail(sandbox, wrong)) {
      CloudTrailException error =
          catchThrowableOfType(CloudTrailException.class, forger::describeTrails);

      assertThat(error.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
    }
  }
}
