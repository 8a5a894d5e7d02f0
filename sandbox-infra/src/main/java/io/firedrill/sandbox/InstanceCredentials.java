package io.firedrill.sandbox;

import io.firedrill.sandbox.auth.Credential;
import io.firedrill.sandbox.ec2.Ec2Service;
import io.firedrill.sandbox.ec2.InstanceProfileUse;
import io.firedrill.sandbox.guardduty.GuardDutyService;
import io.firedrill.sandbox.guardduty.InstanceRef;
import io.firedrill.sandbox.sts.StsService;
import java.time.Clock;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/**
 * What an instance's metadata service hands a process on the instance: the role session of its
 * instance profile, and GuardDuty told whose credentials they are, so that their use from outside
 * AWS is a finding.
 *
 * <p>The sandbox's IAM has no instance-profile API: a profile holds the role of the same name, as
 * the profiles the console makes for a role do ({@code instance-profile/web} holds {@code
 * role/web}).
 */
final class InstanceCredentials {

  private final Ec2Service ec2;
  private final StsService sts;
  private final GuardDutyService guardDuty;
  private final String accountId;
  private final Clock clock;

  InstanceCredentials(
      Ec2Service ec2, StsService sts, GuardDutyService guardDuty, String accountId, Clock clock) {
    this.ec2 = ec2;
    this.sts = sts;
    this.guardDuty = guardDuty;
    this.accountId = accountId;
    this.clock = clock;
  }

  AwsSessionCredentials of(String instanceId) {
    InstanceProfileUse use =
        ec2.instanceProfile(instanceId)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no running instance "
                            + instanceId
                            + " with an instance profile in this sandbox"));
    String profile = use.instanceProfileArn();
    String roleArn =
        "arn:aws:iam::" + accountId + ":role/" + profile.substring(profile.lastIndexOf('/') + 1);
    Credential session =
        sts.instanceSession(roleArn, instanceId, clock.instant())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "instance "
                            + instanceId
                            + "'s profile "
                            + profile
                            + " holds no role: "
                            + roleArn
                            + " does not exist"));
    guardDuty.instanceCredentialsIssued(
        session.accessKeyId(), new InstanceRef(instanceId, profile, use.region()));
    return AwsSessionCredentials.create(
        session.accessKeyId(), session.secretAccessKey(), session.sessionToken());
  }
}
