package io.firedrill.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.firedrill.sandbox.auth.Authorizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.CloudTrailException;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttributeKey;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.IamException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The authorization seam, whoever decides: a denial answers each protocol's AccessDenied and is
 * recorded, while the operation itself never runs. (The sandbox's own decider, IAM policy
 * evaluation, is tested in {@code iam.IamAuthorizerTest}.)
 */
class AuthorizerSeamTest {

  @Test
  void aDeniedCallIsAnsweredAccessDeniedAndRecorded() {
    Authorizer onlyTheAdmin =
        request ->
            request.caller().userName().equals(Sandbox.ADMIN_USER)
                ? Authorizer.Verdict.ALLOW
                : Authorizer.Verdict.deny(
                    "User: "
                        + request.caller().arn()
                        + " is not authorized to perform: "
                        + request.action());
    try (Sandbox sandbox = Sandbox.builder().port(0).authorizer(onlyTheAdmin).start()) {
      AwsBasicCredentials eve = SandboxClients.newUser(sandbox, "eve");
      IamException iamDenied;
      CloudTrailException trailDenied;
      try (IamClient iam = SandboxClients.iam(sandbox, eve);
          CloudTrailClient cloudTrail = SandboxClients.cloudTrail(sandbox, eve)) {
        iamDenied =
            catchThrowableOfType(
                IamException.class, () -> iam.createUser(c -> c.userName("sneaky")));
        trailDenied =
            catchThrowableOfType(
                CloudTrailException.class, () -> cloudTrail.stopLogging(s -> s.name("any-trail")));
      }

      assertThat(iamDenied.statusCode()).isEqualTo(403);
      assertThat(iamDenied.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
      assertThat(iamDenied.awsErrorDetails().errorMessage())
          .isEqualTo(
              "User: arn:aws:iam::000000000000:user/eve is not authorized to perform: iam:CreateUser");
      assertThat(trailDenied.statusCode()).isEqualTo(400);
      assertThat(trailDenied.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException");
      try (CloudTrailClient admin = SandboxClients.cloudTrail(sandbox, sandbox.adminCredentials());
          IamClient adminIam = SandboxClients.iam(sandbox, sandbox.adminCredentials())) {
        List<Event> events =
            admin
                .lookupEvents(
                    l ->
                        l.lookupAttributes(
                            a -> a.attributeKey(LookupAttributeKey.USERNAME).attributeValue("eve")))
                .events();
        assertThat(events)
            .extracting(Event::eventName)
            .containsExactly("StopLogging", "CreateUser");
        JsonMapper json = JsonMapper.builder().build();
        assertThat(events)
            .extracting(e -> json.readTree(e.cloudTrailEvent()).get("errorCode").asString())
            .containsOnly("AccessDenied");
        assertThat(adminIam.listUsers().users()).noneMatch(u -> u.userName().equals("sneaky"));
      }
    }
  }
}
