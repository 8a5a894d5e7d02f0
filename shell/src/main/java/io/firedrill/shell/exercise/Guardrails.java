package io.firedrill.shell.exercise;

import io.firedrill.injector.guardrail.AccountChecks;
import io.firedrill.injector.guardrail.Guardrail;
import io.firedrill.injector.guardrail.GuardrailPolicy;
import io.firedrill.injector.guardrail.PlanCheck;
import io.firedrill.injector.guardrail.StopAlarm;
import io.firedrill.injector.guardrail.TargetRefusedException;
import io.firedrill.injector.plan.Plan;
import java.util.TreeSet;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Runs the guardrails against the target with firedrill's control key, before any inject: each
 * check only reads, so a refusal leaves the account as it was.
 */
final class Guardrails {

  private Guardrails() {}

  /**
   * Returns the account the control key reaches.
   *
   * @throws TargetRefusedException when the target is not allowed
   */
  static String check(Guardrail guardrail, TargetAccount account) {
    try (StsClient sts = client(StsClient.builder(), account, Region.of(account.region()))) {
      return guardrail.check(sts, account.region());
    }
  }

  /**
   * The guardrails of an account firedrill did not make itself: its region, the plan's regions and
   * spend, then the account's own checks.
   *
   * @return the stop condition's alarm, to watch while the exercise plays, or null for none
   * @throws TargetRefusedException when any guardrail refuses
   */
  static StopAlarm checkAccount(
      TargetAccount account, Plan plan, GuardrailPolicy policy, Consumer<String> say) {
    if (!policy.regionsFor(account.region()).contains(account.region())) {
      throw new TargetRefusedException(
          "the target's region "
              + account.region()
              + " is not on the region allow-list "
              + new TreeSet<>(policy.regions())
              + "; nothing was injected");
    }
    PlanCheck.check(plan, policy, account.region());
    say.accept(
        "guardrails: regions "
            + new TreeSet<>(policy.regionsFor(account.region()))
            + ", at most "
            + policy.spend().maxPerStep()
            + " instance(s) a step and "
            + policy.spend().maxPerExercise()
            + " an exercise");
    return checkSandbox(account, policy, say);
  }

  /** The guardrails of an embedded sandbox of the run's own: the account's checks alone. */
  static void checkEmbedded(TargetAccount account, GuardrailPolicy policy, Consumer<String> say) {
    if (policy.stopAlarm() != null) {
      say.accept(
          "guardrails: stop-alarm '"
              + policy.stopAlarm()
              + "' is not watched in an embedded sandbox, which has no alarms of its own");
    }
    checkSandbox(
        account,
        new GuardrailPolicy(policy.regions(), policy.spend(), null, policy.stopAlarmEvery()),
        say);
  }

  /**
   * The checks every target gets, the embedded sandbox too: not an organization's management
   * account, marked as a sandbox, and the stop condition's alarm not already firing.
   *
   * @return the stop condition's alarm, or null for none
   */
  static StopAlarm checkSandbox(
      TargetAccount account, GuardrailPolicy policy, Consumer<String> say) {
    try (OrganizationsClient orgs =
            client(OrganizationsClient.builder(), account, Region.AWS_GLOBAL);
        IamClient iam = client(IamClient.builder(), account, Region.AWS_GLOBAL)) {
      say.accept("guardrails: " + AccountChecks.organization(orgs, account.accountId()));
      AccountChecks.sandboxMarker(iam, account.accountId());
      say.accept(
          "guardrails: marked as a sandbox (role "
              + AccountChecks.MARKER_ROLE
              + " tagged "
              + AccountChecks.MARKER_TAG
              + "="
              + AccountChecks.MARKER_VALUE
              + ")");
    }
    if (policy.stopAlarm() == null) {
      return null;
    }
    CloudWatchClient cloudWatch =
        client(CloudWatchClient.builder(), account, Region.of(account.region()));
    StopAlarm alarm = new StopAlarm(cloudWatch, policy.stopAlarm());
    try {
      String state = alarm.checkBeforeStart();
      say.accept(
          "guardrails: stop condition: the exercise ends if CloudWatch alarm '"
              + policy.stopAlarm()
              + "' goes into ALARM (now "
              + state
              + ")");
    } catch (TargetRefusedException e) {
      cloudWatch.close();
      throw e;
    }
    return alarm;
  }

  private static <B extends AwsClientBuilder<B, C> & SdkSyncClientBuilder<B, C>, C> C client(
      B builder, TargetAccount account, Region region) {
    builder
        .region(region)
        .credentialsProvider(StaticCredentialsProvider.create(account.control()))
        .httpClient(UrlConnectionHttpClient.create());
    if (account.endpoint() != null) {
      builder.endpointOverride(account.endpoint());
    }
    return builder.build();
  }
}
