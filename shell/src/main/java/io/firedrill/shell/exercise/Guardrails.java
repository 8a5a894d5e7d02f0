package io.firedrill.shell.exercise;

import io.firedrill.injector.guardrail.Guardrail;
import io.firedrill.sandbox.Sandbox;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;

/** Runs the guardrail against the target with firedrill's control key, before any inject. */
final class Guardrails {

  private Guardrails() {}

  /**
   * @throws io.firedrill.injector.guardrail.TargetRefusedException when the target is not allowed
   */
  static void check(Guardrail guardrail, Sandbox sandbox) {
    try (StsClient sts =
        StsClient.builder()
            .endpointOverride(sandbox.endpoint())
            .region(Region.of(sandbox.region()))
            .credentialsProvider(StaticCredentialsProvider.create(sandbox.adminCredentials()))
            .httpClient(UrlConnectionHttpClient.create())
            .build()) {
      guardrail.check(sts, sandbox.region());
    }
  }
}
