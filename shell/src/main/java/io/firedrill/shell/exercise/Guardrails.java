package io.firedrill.shell.exercise;

import io.firedrill.injector.guardrail.Guardrail;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.StsClientBuilder;

/** Runs the guardrail against the target with firedrill's control key, before any inject. */
final class Guardrails {

  private Guardrails() {}

  /**
   * @throws io.firedrill.injector.guardrail.TargetRefusedException when the target is not allowed
   */
  /** Returns the account the control key reaches. */
  static String check(Guardrail guardrail, TargetAccount account) {
    StsClientBuilder builder =
        StsClient.builder()
            .region(Region.of(account.region()))
            .credentialsProvider(StaticCredentialsProvider.create(account.control()))
            .httpClient(UrlConnectionHttpClient.create());
    if (account.endpoint() != null) {
      builder.endpointOverride(account.endpoint());
    }
    try (StsClient sts = builder.build()) {
      return guardrail.check(sts, account.region());
    }
  }
}
