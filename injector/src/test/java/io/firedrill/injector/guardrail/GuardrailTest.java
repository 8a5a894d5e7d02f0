package io.firedrill.injector.guardrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.firedrill.sandbox.Sandbox;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.sts.StsClient;

class GuardrailTest {

  @Test
  void anAccountOffTheAllowListIsRefusedAndGetsNothingButTheQuestion() {
    try (Sandbox sandbox = Sandbox.builder().port(0).accountId("111122223333").start();
        StsClient sts = sts(sandbox)) {
      Guardrail guardrail = new Guardrail(Set.of("999988887777"), Set.of("us-east-1"));

      assertThatThrownBy(() -> guardrail.check(sts, "us-east-1"))
          .isInstanceOf(TargetRefusedException.class)
          .hasMessageContaining(
              "account 111122223333 is not on the account allow-list [999988887777]");
      // The only call the account saw is the guardrail's own question.
      try (CloudTrailClient cloudTrail = cloudTrail(sandbox)) {
        assertThat(
                cloudTrail
                    .lookupEvents(
                        r ->
                            r.lookupAttributes(
                                a -> a.attributeKey("ReadOnly").attributeValue("false")))
                    .events())
            .isEmpty();
      }
    }
  }

  @Test
  void anAllowedAccountInAnAllowedRegionPasses() {
    try (Sandbox sandbox = Sandbox.builder().port(0).accountId("111122223333").start();
        StsClient sts = sts(sandbox)) {
      assertThat(new Guardrail(Set.of("111122223333"), Set.of("us-east-1")).check(sts, "us-east-1"))
          .isEqualTo("111122223333");
      assertThatThrownBy(
              () ->
                  new Guardrail(Set.of("111122223333"), Set.of("eu-west-1"))
                      .check(sts, "us-east-1"))
          .hasMessageContaining("region us-east-1 is not on the region allow-list");
      assertThatThrownBy(() -> new Guardrail(Set.of(), Set.of("us-east-1")).check(sts, "us-east-1"))
          .hasMessageContaining("is not on the account allow-list []");
    }
  }

  private static StsClient sts(Sandbox sandbox) {
    return StsClient.builder()
        .endpointOverride(sandbox.endpoint())
        .region(Region.of(sandbox.region()))
        .credentialsProvider(StaticCredentialsProvider.create(sandbox.adminCredentials()))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  private static CloudTrailClient cloudTrail(Sandbox sandbox) {
    return CloudTrailClient.builder()
        .endpointOverride(sandbox.endpoint())
        .region(Region.of(sandbox.region()))
        .credentialsProvider(StaticCredentialsProvider.create(sandbox.adminCredentials()))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }
}
