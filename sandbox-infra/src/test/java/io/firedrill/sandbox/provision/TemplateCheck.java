package io.firedrill.sandbox.provision;

import io.firedrill.sandbox.baseline.Baseline;
import io.firedrill.sandbox.baseline.BaselinePolicy;
import io.firedrill.sandbox.baseline.BaselineRole;
import io.firedrill.sandbox.baseline.BaselineTrail;
import io.firedrill.sandbox.baseline.BaselineUser;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compares a parsed CloudFormation template with a baseline and what provisioning adds to it: every
 * user, key, policy, role, trail, bucket, flow log, detector, rule and queue must have its
 * resource, with the same names and policies, and no resource may be left over.
 */
final class TemplateCheck {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Map<String, Map<String, Object>> resources;
  private final Set<String> matched = new LinkedHashSet<>();
  private final List<String> problems = new ArrayList<>();

  @SuppressWarnings("unchecked")
  private TemplateCheck(Map<String, Object> template) {
    resources = (Map<String, Map<String, Object>>) template.get("Resources");
  }

  /** What is wrong, one line each; empty when the template creates exactly the baseline. */
  static List<String> problems(Baseline baseline, Map<String, Object> template) {
    TemplateCheck check = new TemplateCheck(template);
    check.run(baseline);
    return check.problems;
  }

  private void run(Baseline baseline) {
    for (BaselinePolicy policy : baseline.policies()) {
      String id = one("AWS::IAM::ManagedPolicy", "ManagedPolicyName", policy.name());
      same(id, "PolicyDocument", json(policy.document()));
    }
    for (BaselineUser user : baseline.users()) {
      String id = one("AWS::IAM::User", "UserName", user.name());
      same(id, "ManagedPolicyArns", arns(user.policies()));
      List<String> keys =
          where("AWS::IAM::AccessKey", "UserName", Map.of("Ref", String.valueOf(id)));
      if (user.accessKey() != (keys.size() == 1)) {
        problems.add(
            "user "
                + user.name()
                + " should have "
                + (user.accessKey() ? "one" : "no")
                + " AWS::IAM::AccessKey, has "
                + keys.size());
      }
      for (String key : keys) {
        matched.add(key);
        // The key's secret is kept in Secrets Manager, never in an output.
        resources.forEach(
            (secret, r) -> {
              if (r.get("Type").equals("AWS::SecretsManager::Secret")
                  && String.valueOf(props(secret).get("SecretString"))
                      .contains("${" + key + ".SecretAccessKey}")) {
                matched.add(secret);
              }
            });
      }
    }
    for (BaselineRole role : baseline.roles()) {
      String id = one("AWS::IAM::Role", "RoleName", role.name());
      same(id, "ManagedPolicyArns", arns(role.policies()));
      if (role.trust().equals("account")) {
        trustsAccount(id);
      }
    }
    for (BaselineTrail trail : baseline.trails()) {
      String bucket = one("AWS::S3::Bucket", "BucketName", trail.bucket());
      String id = one("AWS::CloudTrail::Trail", "TrailName", trail.name());
      same(id, "S3BucketName", Map.of("Ref", String.valueOf(bucket)));
      same(id, "IsLogging", trail.logging());
      String policy = one("AWS::S3::BucketPolicy", "Bucket", Map.of("Ref", String.valueOf(bucket)));
      if (policy != null && !String.valueOf(props(policy)).contains("cloudtrail.amazonaws.com")) {
        problems.add("the policy of bucket " + trail.bucket() + " does not let CloudTrail write");
      }
    }
    if (baseline.vpcFlowLogBucket() != null) {
      String bucket = one("AWS::S3::Bucket", "BucketName", baseline.vpcFlowLogBucket());
      one(
          "AWS::EC2::FlowLog",
          "LogDestination",
          Map.of("Fn::GetAtt", List.of(String.valueOf(bucket), "Arn")));
    }
    List<String> detectors = where("AWS::GuardDuty::Detector", "Enable", true);
    if (baseline.guardDuty() != (detectors.size() == 1)) {
      problems.add(
          "guardDuty is "
              + baseline.guardDuty()
              + " but the template has "
              + detectors.size()
              + " enabled detector(s)");
    }
    matched.addAll(detectors);
    provisioningExtras();
    Set<String> extra = new LinkedHashSet<>(resources.keySet());
    extra.removeAll(matched);
    extra.forEach(
        id ->
            problems.add(
                "resource "
                    + id
                    + " ("
                    + resources.get(id).get("Type")
                    + ") is not in the baseline"));
  }

  private void provisioningExtras() {
    String marker = one("AWS::IAM::Role", "RoleName", Provisioner.SANDBOX_ROLE);
    if (marker != null
        && !String.valueOf(props(marker).get("Tags"))
            .contains("{Key=" + Provisioner.SANDBOX_TAG + ", Value=true}")) {
      problems.add(
          "role "
              + Provisioner.SANDBOX_ROLE
              + " lacks the tag "
              + Provisioner.SANDBOX_TAG
              + "=true");
    }
    String blue = one("AWS::IAM::Role", "RoleName", Provisioner.BLUE_TEAM_ROLE);
    same(blue, "ManagedPolicyArns", BlueTeam.MANAGED_POLICIES);
    same(
        blue,
        "Policies",
        List.of(
            Map.of(
                "PolicyName",
                BlueTeam.CONTAINMENT,
                "PolicyDocument",
                json(BlueTeam.containmentPolicy()))));
    String queue = one("AWS::SQS::Queue", "QueueName", Provisioner.TELEMETRY);
    String rule = one("AWS::Events::Rule", "Name", Provisioner.TELEMETRY);
    same(rule, "EventPattern", json(TelemetrySteps.PATTERN));
    same(
        rule,
        "Targets",
        List.of(
            Map.of(
                "Id",
                TelemetrySteps.TARGET_ID,
                "Arn",
                Map.of("Fn::GetAtt", List.of(String.valueOf(queue), "Arn")))));
    String policy =
        one("AWS::SQS::QueuePolicy", "Queues", List.of(Map.of("Ref", String.valueOf(queue))));
    if (policy != null
        && !String.valueOf(props(policy))
            .contains("aws:SourceArn={Fn::GetAtt=[" + rule + ", Arn]}")) {
      problems.add("the queue policy does not limit sending to the rule " + rule);
    }
  }

  private void trustsAccount(String id) {
    String trust = String.valueOf(props(id).get("AssumeRolePolicyDocument"));
    if (!trust.contains("{AWS={Fn::Sub=arn:aws:iam::${AWS::AccountId}:root}}")) {
      problems.add(id + " is not assumable by the account's own principals: " + trust);
    }
  }

  // policy/NAME is the template's own managed policy, by reference; anything else is an ARN.
  private List<Object> arns(List<String> entries) {
    List<Object> arns = new ArrayList<>();
    for (String entry : entries) {
      arns.add(
          entry.startsWith("policy/")
              ? Map.of(
                  "Ref",
                  String.valueOf(
                      idOf("AWS::IAM::ManagedPolicy", "ManagedPolicyName", entry.substring(7))))
              : entry);
    }
    return arns;
  }

  /** The one resource of the type whose property has the value; problem when not exactly one. */
  private String one(String type, String property, Object value) {
    List<String> ids = where(type, property, value);
    if (ids.size() != 1) {
      problems.add("expected one " + type + " with " + property + " " + value + ", found " + ids);
      return null;
    }
    matched.add(ids.get(0));
    return ids.get(0);
  }

  private String idOf(String type, String property, Object value) {
    List<String> ids = where(type, property, value);
    return ids.isEmpty() ? null : ids.get(0);
  }

  private List<String> where(String type, String property, Object value) {
    return resources.keySet().stream()
        .filter(id -> resources.get(id).get("Type").equals(type))
        .filter(id -> Objects.equals(props(id).get(property), value))
        .toList();
  }

  private void same(String id, String property, Object expected) {
    if (id != null && !Objects.equals(props(id).get(property), expected)) {
      problems.add(
          id
              + "."
              + property
              + " is "
              + props(id).get(property)
              + ", the baseline says "
              + expected);
    }
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> props(String id) {
    Object properties = resources.get(id).get("Properties");
    return properties instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
  }

  private static Object json(String document) {
    return JSON.readValue(document, Object.class);
  }
}
