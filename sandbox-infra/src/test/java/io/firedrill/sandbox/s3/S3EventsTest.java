package io.firedrill.sandbox.s3;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.SandboxClients;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.s3.S3Client;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What event history holds of S3: bucket-level calls as management events in S3's record shape;
 * object-level calls are data events, which LookupEvents never answers with, as on AWS.
 */
class S3EventsTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void bucketCallsAreManagementEventsAndObjectCallsAreNot() {
    try (Sandbox sandbox = Sandbox.builder().port(0).start();
        S3Client s3 = S3Clients.pathStyle(sandbox, sandbox.adminCredentials());
        CloudTrailClient cloudTrail =
            SandboxClients.cloudTrail(sandbox, sandbox.adminCredentials())) {
      s3.createBucket(b -> b.bucket("audited"));
      s3.deletePublicAccessBlock(b -> b.bucket("audited"));
      String policy =
          "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\","
              + "\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::audited/*\"}]}";
      s3.putBucketPolicy(b -> b.bucket("audited").policy(policy));
      s3.putObject(b -> b.bucket("audited").key("k"), RequestBody.fromString("v"));
      s3.getObjectAsBytes(b -> b.bucket("audited").key("k"));
      s3.listObjectsV2(b -> b.bucket("audited"));

      List<Event> events = cloudTrail.lookupEvents(l -> l.maxResults(50)).events();
      assertThat(events)
          .extracting(Event::eventName)
          .filteredOn(name -> !name.equals("LookupEvents"))
          .containsExactly("PutBucketPolicy", "DeleteBucketPublicAccessBlock", "CreateBucket");

      JsonNode record = JSON.readTree(events.get(0).cloudTrailEvent());
      assertThat(record.path("eventSource").asString()).isEqualTo("s3.amazonaws.com");
      assertThat(record.at("/requestParameters/bucketName").asString()).isEqualTo("audited");
      assertThat(record.at("/requestParameters/policy").asString()).isEmpty();
      assertThat(record.at("/requestParameters/bucketPolicy/Statement/0/Principal").asString())
          .isEqualTo("*");
      assertThat(record.at("/requestParameters/Host").asString()).startsWith("127.0.0.1:");
      assertThat(record.at("/resources/0/ARN").asString()).isEqualTo("arn:aws:s3:::audited");
      assertThat(record.at("/additionalEventData/SignatureVersion").asString()).isEqualTo("SigV4");
      assertThat(record.at("/additionalEventData/bytesTransferredIn").asInt())
          .isEqualTo(policy.length());
      assertThat(record.path("requestID").asString()).matches("[A-Z0-9]{16}");
      assertThat(events.get(0).resources())
          .extracting(r -> r.resourceType() + " " + r.resourceName())
          .containsExactly("AWS::S3::Bucket audited");
    }
  }
}
