package io.firedrill.sandbox.cloudtrail;

import static org.assertj.core.api.Assertions.assertThat;

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
import tools.jackson.databind.JsonNode;

/**
 * Field parity with real CloudTrail: for every event name the sandbox records that real records
 * also have, the sandbox's record carries every top-level and {@code userIdentity} field that the
 * comparable real records carry, and, for temporary credentials, every field of their {@code
 * sessionContext}, its {@code sessionIssuer} and its {@code attributes}.
 *
 * <p>Comparable means the same kind of call by the same kind of caller: a complete record
 * (eventVersion and userIdentity present; some datasets keep only a projection) of an IAM user
 * signing with a long-term {@code AKIA} key, or of a role session (an {@code AssumedRole} with an
 * {@code ASIA} key) outside the console, failed if and only if the sandbox's call failed (only
 * failures have errorCode). Calls AWS made on a caller's behalf ({@code invokedBy}) and console
 * sessions are not comparable. Field names a dataset's collector added ({@code @timestamp}, {@code
 * _source_file}) are not CloudTrail's. {@code tlsDetails} is the one top-level field the sandbox
 * leaves out: it serves plain HTTP, so any value would be invented; {@code ec2RoleDelivery} marks
 * credentials EC2 delivered to an instance, which the sandbox has none of.
 */
class EventRecordsTest {

  private static final Set<String> NOT_EMULATED = Set.of("tlsDetails", "ec2RoleDelivery");
  private static final String AS_ROLE = " as AssumedRole";

  @Test
  void recordsCarryEveryFieldRealRecordsOfTheSameCallCarry() {
    Path folder = RealRecords.folder();
    if (!Files.isDirectory(folder)) {
      String reason = "no real CloudTrail records at " + folder + "; field parity not checked";
      System.out.println("SKIPPED: " + reason);
      Assumptions.abort(reason);
    }
    Map<String, List<JsonNode>> real = comparable(RealRecords.load(folder));

    List<JsonNode> ours = EveryOperation.record();
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
        JsonNode identity = record.get("userIdentity");
        JsonNode realIdentity = realRecord.get("userIdentity");
        softly
            .assertThat(fields(identity))
            .as("userIdentity fields of %s", key)
            .containsAll(fields(realIdentity));
        for (String part : List.of("", "/sessionIssuer", "/attributes")) {
          JsonNode realPart = realIdentity.at("/sessionContext" + part);
          if (realPart.isObject()) {
            softly
                .assertThat(fields(identity.at("/sessionContext" + part)))
                .as("sessionContext%s fields of %s", part, key)
                .containsAll(cloudTrailFields(realPart));
          }
        }
      }
    }
    softly.assertAll();
    System.out.println("field parity checked for " + compared);
    assertThat(compared)
        .as("the comparison must not pass vacuously")
        .contains(
            "GetCallerIdentity",
            "GetCallerIdentity" + AS_ROLE,
            "CreateUser",
            "CreateAccessKey",
            "StopLogging",
            "StartLogging",
            "CreateTrail",
            "GetTrailStatus",
            "PutEventSelectors",
            "GetEventSelectors",
            "DescribeTrails",
            "DeleteTrail",
            "StopLogging (failed)",
            "AssumeRole",
            "AssumeRole (failed)",
            "CreateRole",
            "GetRole",
            "GetRole (failed)",
            "UpdateAssumeRolePolicy",
            "AttachRolePolicy",
            "DetachRolePolicy",
            "PutRolePolicy",
            "GetRolePolicy",
            "DeleteRolePolicy",
            "ListRolePolicies",
            "ListAttachedRolePolicies",
            "DeleteRole",
            "AttachUserPolicy",
            "DetachUserPolicy",
            "CreatePolicy",
            "GetPolicy",
            "GetPolicyVersion",
            "ListPolicyVersions",
            "DeletePolicy",
            "CreateLoginProfile",
            "GetLoginProfile",
            "UpdateLoginProfile",
            "DeleteLoginProfile",
            "DeleteLoginProfile (failed)",
            "ListGroupsForUser",
            "GetAccountAuthorizationDetails",
            "RunInstances",
            "DescribeInstances",
            "TerminateInstances",
            "CreateSecurityGroup",
            "AuthorizeSecurityGroupIngress",
            "DeleteSecurityGroup",
            "ModifySnapshotAttribute",
            "DeleteFlowLogs",
            "CreateBucket",
            "PutBucketPolicy",
            "GetBucketPolicy (failed)",
            "DeleteBucketPolicy",
            "PutBucketTagging",
            "GetBucketTagging (failed)",
            "GetBucketAcl",
            "GetBucketLocation",
            "DeleteBucket");
  }

  private static Map<String, List<JsonNode>> comparable(List<JsonNode> records) {
    Map<String, List<JsonNode>> byKey = new TreeMap<>();
    for (JsonNode record : records) {
      JsonNode identity = record.get("userIdentity");
      boolean complete = record.has("eventVersion") && identity != null && identity.isObject();
      // The S3 console signs with the user's console session through an AWS-internal endpoint
      // and says so only in its user agent ("aws-internal/3").
      boolean console =
          record.has("sessionCredentialFromConsole")
              || record.path("userAgent").asString("").contains("aws-internal");
      if (!complete || identity.has("invokedBy") || console) {
        continue;
      }
      String type = identity.path("type").asString("");
      String key = identity.path("accessKeyId").asString("");
      boolean longTermUser = "IAMUser".equals(type) && key.startsWith("AKIA");
      boolean roleSession = "AssumedRole".equals(type) && key.startsWith("ASIA");
      if (longTermUser || roleSession) {
        byKey.computeIfAbsent(key(record), k -> new ArrayList<>()).add(record);
      }
    }
    return byKey;
  }

  private static String key(JsonNode record) {
    JsonNode error = record.get("errorCode");
    boolean failed = error != null && !error.isNull();
    boolean roleSession = "AssumedRole".equals(record.at("/userIdentity/type").asString(""));
    return record.get("eventName").asString()
        + (roleSession ? AS_ROLE : "")
        + (failed ? " (failed)" : "");
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
