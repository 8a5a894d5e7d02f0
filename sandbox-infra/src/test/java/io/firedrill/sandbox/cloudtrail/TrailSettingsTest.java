package io.firedrill.sandbox.cloudtrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.SandboxClients;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.EventSelector;
import software.amazon.awssdk.services.cloudtrail.model.InvalidEventSelectorsException;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttributeKey;
import software.amazon.awssdk.services.cloudtrail.model.ReadWriteType;
import software.amazon.awssdk.services.cloudtrail.model.Trail;
import software.amazon.awssdk.services.cloudtrail.model.TrailNotFoundException;

/**
 * The quiet ways to blind a trail: a new bucket, and selectors that leave management events out.
 */
class TrailSettingsTest {

  private Sandbox sandbox;
  private CloudTrailClient cloudTrail;

  @BeforeEach
  void start() {
    sandbox = Sandbox.builder().port(0).start();
    cloudTrail = SandboxClients.cloudTrail(sandbox, sandbox.adminCredentials());
    cloudTrail.createTrail(r -> r.name("management-events").s3BucketName("org-trail-logs"));
  }

  @AfterEach
  void stop() {
    cloudTrail.close();
    sandbox.close();
  }

  @Test
  void updateTrailMovesDeliveryToAnotherBucket() {
    var updated =
        cloudTrail.updateTrail(
            r -> r.name("management-events").s3BucketName("attacker-owned-bucket"));

    assertThat(updated.s3BucketName()).isEqualTo("attacker-owned-bucket");
    assertThat(updated.trailARN()).endsWith(":trail/management-events");
    Trail described = cloudTrail.describeTrails().trailList().get(0);
    assertThat(described.s3BucketName()).isEqualTo("attacker-owned-bucket");
    assertThat(described.includeGlobalServiceEvents()).isTrue();
  }

  @Test
  void aTrailRecordsEveryManagementEventUntilItsSelectorsSayOtherwise() {
    List<EventSelector> defaults =
        cloudTrail.getEventSelectors(r -> r.trailName("management-events")).eventSelectors();
    assertThat(defaults).hasSize(1);
    assertThat(defaults.get(0).readWriteType()).isEqualTo(ReadWriteType.ALL);
    assertThat(defaults.get(0).includeManagementEvents()).isTrue();
    assertThat(cloudTrail.describeTrails().trailList().get(0).hasCustomEventSelectors()).isFalse();

    cloudTrail.putEventSelectors(
        r ->
            r.trailName("management-events")
                .eventSelectors(
                    EventSelector.builder()
                        .readWriteType(ReadWriteType.READ_ONLY)
                        .includeManagementEvents(false)
                        .build()));

    EventSelector now =
        cloudTrail.getEventSelectors(r -> r.trailName("management-events")).eventSelectors().get(0);
    assertThat(now.readWriteType()).isEqualTo(ReadWriteType.READ_ONLY);
    assertThat(now.includeManagementEvents()).isFalse();
    assertThat(cloudTrail.describeTrails().trailList().get(0).hasCustomEventSelectors()).isTrue();
  }

  @Test
  void thePutIsRecordedAsAwsRecordsIt() {
    cloudTrail.putEventSelectors(
        r ->
            r.trailName("management-events")
                .eventSelectors(
                    EventSelector.builder()
                        .readWriteType(ReadWriteType.READ_ONLY)
                        .includeManagementEvents(false)
                        .build()));

    Event event =
        cloudTrail
            .lookupEvents(
                r ->
                    r.lookupAttributes(
                        a ->
                            a.attributeKey(LookupAttributeKey.EVENT_NAME)
                                .attributeValue("PutEventSelectors")))
            .events()
            .get(0);
    assertThat(event.cloudTrailEvent())
        .contains("\"trailName\":\"management-events\"")
        .contains("\"includeManagementEvents\":false")
        .contains("\"readWriteType\":\"ReadOnly\"")
        .contains("\"trailARN\":\"arn:aws:cloudtrail:");
  }

  @Test
  void badSelectorsAndUnknownTrailsAreRefused() {
    assertThatThrownBy(() -> cloudTrail.putEventSelectors(r -> r.trailName("management-events")))
        .isInstanceOf(InvalidEventSelectorsException.class);
    assertThatThrownBy(() -> cloudTrail.getEventSelectors(r -> r.trailName("no-such-trail")))
        .isInstanceOf(TrailNotFoundException.class);
    assertThatThrownBy(
            () -> cloudTrail.updateTrail(r -> r.name("no-such-trail").s3BucketName("b-b-b")))
        .isInstanceOf(TrailNotFoundException.class);
  }
}
