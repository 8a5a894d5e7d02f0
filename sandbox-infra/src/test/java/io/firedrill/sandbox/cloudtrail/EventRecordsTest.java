package io.firedrill.sandbox.cloudtrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.SandboxClients;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttributeKey;
import software.amazon.awssdk.services.cloudtrail.model.LookupEventsResponse;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.StatusType;
import software.amazon.awssdk.services.sts.StsClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Field parity with real CloudTrail: for every event name the sandbox records that real records
 * also have, the sandbox's record carries every top-level and {@code userIdentity} field that the
 * comparable real records carry.
 *
 * <p>Comparable means the same kind of call: a complete record (eventVersion and userIdentity
 * present; some datasets keep only a projection) of an IAM user signing with a long-term {@code
 * AKIA} key, as sandbox callers do (calls with temporary {@code ASIA} credentials carry
 * sessionContext and console fields), failed if and only if the sandbox's call failed (only
 * failures have errorCode). Field names a dataset's collector added ({@code @timestamp}, {@code
 * _source_file}) are not CloudTrail's. {@code tlsDetails} is the one field the sandbox leaves out:
 * it serves plain HTTP, so any value would be invented.
 */
class EventRecordsTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Set<String> NOT_EMULATED = Set.of("tlsDetails");

  @Test
  void recordsCarryEveryFieldRealRecordsOfTheSameCallCarry() {
    Path folder = RealRecords.folder();
    if (!Files.isDirectory(folder)) {
      String reason = "no real CloudTrail records at " + folder + "; field parity not checked";
      System.out.println("SKIPPED: " + reason);
      Assumptions.abort(reason);
    }
    Map<String, List<JsonNode>> real = comparable(RealRecords.load(folder));

    List<JsonNode> ours = recordEveryOperation();
    SoftAssertions softly = new SoftAssertions();
    Set<String> compared = new TreeSet<>();
    for (JsonNode record : ours) {
      String key = key(record);
      List<JsonNode> matches = real.getOrDefault(key, List.of());
      if (matches.isEmpty()) {
        continue;
      }
      compared.add(key);
      for (JsonNode realRecord : matches) {
        softly
            .assertThat(fields(record))
            .as("top-level fields of %s", key)
            .containsAll(cloudTrailFields(realRecord));
        softly
            .assertThat(fields(record.get("userIdentity")))
            .as("userIdentity fields of %s", key)
            .containsAll(fields(realRecord.get("userIdentity")));
      }
    }
    softly.assertAll();
    System.out.println("field parity checked for " + compared);
    assertThat(compared)
        .as("the comparison must not pass vacuously")
        .contains(
            "GetCallerIdentity",
            "CreateUser",
            "CreateAccessKey",
            "StopLogging",
            "StartLogging",
            "CreateTrail",
            "GetTrailStatus",
            "DescribeTrails",
            "DeleteTrail",
            "StopLogging (failed)");
  }

  private static List<JsonNode> recordEveryOperation() {
    try (Sandbox sandbox = Sandbox.builder().port(0).start()) {
      AwsBasicCredentials user = SandboxClients.newUser(sandbox, "parity");
      try (StsClient sts = SandboxClients.sts(sandbox, user);
          IamClient iam = SandboxClients.iam(sandbox, user);
          CloudTrailClient cloudTrail = SandboxClients.cloudTrail(sandbox, user)) {
        sts.getCallerIdentity();
        iam.createUser(c -> c.userName("target").tags(t -> t.key("k").value("v")));
        iam.getUser(g -> g.userName("target"));
        iam.listUsers();
        String keyId = iam.createAccessKey(c -> c.userName("target")).accessKey().accessKeyId();
        iam.listAccessKeys(l -> l.userName("target"));
        iam.updateAccessKey(
            u -> u.userName("target").accessKeyId(keyId).status(StatusType.INACTIVE));
        iam.deleteAccessKey(d -> d.userName("target").accessKeyId(keyId));
        iam.deleteUser(d -> d.userName("target"));
        cloudTrail.createTrail(c -> c.name("parity-trail").s3BucketName("parity-bucket"));
        cloudTrail.describeTrails();
        cloudTrail.startLogging(s -> s.name("parity-trail"));
        cloudTrail.getTrailStatus(g -> g.name("parity-trail"));
        cloudTrail.stopLogging(s -> s.name("parity-trail"));
        cloudTrail.lookupEvents(l -> l.maxResults(5));
        cloudTrail.deleteTrail(d -> d.name("parity-trail"));
        catchThrowable(() -> cloudTrail.startLogging(s -> s.name("parity-trail")));
        catchThrowable(() -> cloudTrail.stopLogging(s -> s.name("parity-trail")));
        catchThrowable(() -> cloudTrail.deleteTrail(d -> d.name("parity-trail")));
      }
      try (CloudTrailClient admin =
          SandboxClients.cloudTrail(sandbox, sandbox.adminCredentials())) {
        List<JsonNode> records = new ArrayList<>();
        String token = null;
        do {
          String next = token;
          LookupEventsResponse page =
              admin.lookupEvents(
                  l ->
                      l.lookupAttributes(
                              a ->
                                  a.attributeKey(LookupAttributeKey.USERNAME)
                                      .attributeValue("parity"))
                          .nextToken(next));
          page.events().forEach(e -> records.add(JSON.readTree(e.cloudTrailEvent())));
          token = page.nextToken();
        } while (token != null);
        return records;
      }
    }
  }

  private static Map<String, List<JsonNode>> comparable(List<JsonNode> records) {
    Map<String, List<JsonNode>> byKey = new TreeMap<>();
    for (JsonNode record : records) {
      JsonNode identity = record.get("userIdentity");
      boolean complete = record.has("eventVersion") && identity != null && identity.isObject();
      if (complete
          && "IAMUser".equals(identity.path("type").asString(""))
          && identity.path("accessKeyId").asString("").startsWith("AKIA")) {
        byKey.computeIfAbsent(key(record), k -> new ArrayList<>()).add(record);
      }
    }
    return byKey;
  }

  private static String key(JsonNode record) {
    JsonNode error = record.get("errorCode");
    boolean failed = error != null && !error.isNull();
    return record.get("eventName").asString() + (failed ? " (failed)" : "");
  }

  private static Set<String> fields(JsonNode object) {
    return new TreeSet<>(object.propertyNames());
  }

  private static Set<String> cloudTrailFields(JsonNode record) {
    Set<String> names = fields(record);
    names.removeIf(
        name -> name.startsWith("@") || name.startsWith("_") || NOT_EMULATED.contains(name));
    return names;
  }
}
