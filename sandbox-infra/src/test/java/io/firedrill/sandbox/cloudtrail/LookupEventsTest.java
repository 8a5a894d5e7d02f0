package io.firedrill.sandbox.cloudtrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.SandboxClients;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.CloudTrailException;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttributeKey;
import software.amazon.awssdk.services.cloudtrail.model.LookupEventsRequest;
import software.amazon.awssdk.services.cloudtrail.model.LookupEventsResponse;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;

/** LookupEvents: pages, filters, time ranges, and the errors AWS answers for bad lookups. */
class LookupEventsTest {

  private static Sandbox sandbox;
  private static CloudTrailClient admin;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.builder().port(0).start();
    admin = SandboxClients.cloudTrail(sandbox, sandbox.adminCredentials());
  }

  @AfterAll
  static void stop() {
    admin.close();
    sandbox.close();
  }

  @Test
  void pagesNewestFirstWithNextToken() {
    AwsBasicCredentials quinn = SandboxClients.newAdmin(sandbox, "quinn");
    try (StsClient sts = SandboxClients.sts(sandbox, quinn)) {
      for (int i = 0; i < 5; i++) {
        sts.getCallerIdentity();
      }
    }
    try (IamClient iam = SandboxClients.iam(sandbox, quinn)) {
      iam.getUser();
    }

    List<Event> all = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      String next = token;
      LookupEventsResponse page =
          admin.lookupEvents(
              lookup ->
                  lookup
                      .lookupAttributes(
                          a -> a.attributeKey(LookupAttributeKey.USERNAME).attributeValue("quinn"))
                      .maxResults(2)
                      .nextToken(next));
      assertThat(page.events()).hasSizeLessThanOrEqualTo(2);
      all.addAll(page.events());
      token = page.nextToken();
      pages++;
    } while (token != null);

    assertThat(pages).isEqualTo(3);
    assertThat(all).hasSize(6);
    assertThat(all).extracting(Event::eventId).doesNotHaveDuplicates();
    assertThat(all.get(0).eventName()).isEqualTo("GetUser");
    assertThat(all).extracting(Event::eventTime).isSortedAccordingTo((a, b) -> b.compareTo(a));
  }

  @Test
  void filtersByEachLookupAttribute() {
    AwsBasicCredentials rita = SandboxClients.newAdmin(sandbox, "rita");
    try (CloudTrailClient cloudTrail = SandboxClients.cloudTrail(sandbox, rita)) {
      cloudTrail.createTrail(create -> create.name("rita-trail").s3BucketName("rita-bucket"));
      cloudTrail.describeTrails();
    }
    Event created = single(lookup(LookupAttributeKey.RESOURCE_NAME, "rita-bucket"));

    assertThat(created.eventName()).isEqualTo("CreateTrail");
    assertThat(lookup(LookupAttributeKey.EVENT_ID, created.eventId()))
        .extracting(Event::eventId)
        .containsExactly(created.eventId());
    assertThat(lookup(LookupAttributeKey.ACCESS_KEY_ID, rita.accessKeyId()))
        .extracting(Event::eventName)
        .containsExactly("DescribeTrails", "CreateTrail");
    assertThat(lookup(LookupAttributeKey.EVENT_NAME, "CreateTrail"))
        .extracting(Event::eventName)
        .containsOnly("CreateTrail");
    assertThat(lookup(LookupAttributeKey.READ_ONLY, "true"))
        .extracting(Event::readOnly)
        .containsOnly("true");
    assertThat(lookup(LookupAttributeKey.READ_ONLY, "false"))
        .extracting(Event::readOnly)
        .containsOnly("false");
    assertThat(lookup(LookupAttributeKey.EVENT_SOURCE, "iam.amazonaws.com"))
        .extracting(Event::eventSource)
        .containsOnly("iam.amazonaws.com");
    assertThat(lookup(LookupAttributeKey.RESOURCE_TYPE, "AWS::S3::Bucket"))
        .extracting(Event::eventName)
        .containsOnly("CreateTrail");
    assertThat(lookup(LookupAttributeKey.USERNAME, "nobody-at-all")).isEmpty();
  }

  @Test
  void filtersByTimeRange() {
    AwsBasicCredentials sam = SandboxClients.newAdmin(sandbox, "sam");
    Instant before = Instant.now();
    try (StsClient sts = SandboxClients.sts(sandbox, sam)) {
      sts.getCallerIdentity();
    }
    Instant after = Instant.now().plus(1, ChronoUnit.SECONDS);

    assertThat(lookupByUser("sam", l -> l.startTime(before).endTime(after))).hasSize(1);
    assertThat(lookupByUser("sam", l -> l.startTime(after.plus(1, ChronoUnit.HOURS)))).isEmpty();
    assertThat(lookupByUser("sam", l -> l.endTime(before.minus(1, ChronoUnit.HOURS)))).isEmpty();
  }

  @Test
  void refusesInvalidLookups() {
    assertThat(lookupError(l -> l.maxResults(0))).isEqualTo("InvalidMaxResultsException");
    assertThat(lookupError(l -> l.maxResults(51))).isEqualTo("InvalidMaxResultsException");
    assertThat(lookupError(l -> l.startTime(Instant.now()).endTime(Instant.now().minusSeconds(60))))
        .isEqualTo("InvalidTimeRangeException");
    assertThat(lookupError(l -> l.nextToken("not-a-token"))).isEqualTo("InvalidNextTokenException");
    assertThat(
            lookupError(
                l ->
                    l.lookupAttributes(
                        a -> a.attributeKey(LookupAttributeKey.USERNAME).attributeValue("a"),
                        a -> a.attributeKey(LookupAttributeKey.EVENT_NAME).attributeValue("b"))))
        .isEqualTo("InvalidLookupAttributesException");
    assertThat(
            lookupError(
                l -> l.lookupAttributes(a -> a.attributeKey("Colour").attributeValue("red"))))
        .isEqualTo("InvalidLookupAttributesException");
    assertThat(
            lookupError(l -> l.lookupAttributes(a -> a.attributeKey(LookupAttributeKey.USERNAME))))
        .isEqualTo("InvalidLookupAttributesException");

    String token = admin.lookupEvents(l -> l.maxResults(1)).nextToken();
    assertThat(lookupError(l -> l.maxResults(1).nextToken(token).startTime(Instant.EPOCH)))
        .as("a token is only good for the query that issued it")
        .isEqualTo("InvalidNextTokenException");
  }

  private static List<Event> lookup(LookupAttributeKey key, String value) {
    return admin
        .lookupEvents(
            lookup -> lookup.lookupAttributes(a -> a.attributeKey(key).attributeValue(value)))
        .events();
  }

  private static List<Event> lookupByUser(String user, Consumer<LookupEventsRequest.Builder> more) {
    return admin
        .lookupEvents(
            lookup -> {
              lookup.lookupAttributes(
                  a -> a.attributeKey(LookupAttributeKey.USERNAME).attributeValue(user));
              more.accept(lookup);
            })
        .events();
  }

  private static String lookupError(Consumer<LookupEventsRequest.Builder> request) {
    CloudTrailException error =
        catchThrowableOfType(CloudTrailException.class, () -> admin.lookupEvents(request));
    assertThat(error).as("expected an error").isNotNull();
    assertThat(error.statusCode()).isEqualTo(400);
    return error.awsErrorDetails().errorCode();
  }

  private static Event single(List<Event> events) {
    assertThat(events).hasSize(1);
    return events.get(0);
  }
}
