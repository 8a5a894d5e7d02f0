package io.firedrill.sandbox.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.SandboxClients;
import io.firedrill.sandbox.Sandboxes;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.StatusType;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * IAM's eventual consistency through SDK clients: a revoked key or permission keeps working until
 * the delay has passed on the sandbox's clock, which the test moves instead of sleeping.
 */
class IamConsistencyTest {

  private static final String READ_ONLY = "arn:aws:iam::aws:policy/ReadOnlyAccess";

  private final ManualClock clock = new ManualClock();
  private Sandbox sandbox;
  private IamClient admin;

  @BeforeEach
  void start() {
    sandbox =
        Sandboxes.builder(clock).fault(FaultSpec.iamConsistency(Duration.ofSeconds(10))).start();
    admin = SandboxClients.iam(sandbox, sandbox.adminCredentials());
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void aDeactivatedKeyKeepsWorkingUntilTheDelayHasPassed() {
    AwsBasicCredentials leaked = SandboxClients.newUser(sandbox, "leaky", READ_ONLY);
    StsClient attacker = SandboxClients.sts(sandbox, leaked);
    assertThat(attacker.getCallerIdentity().arn()).endsWith(":user/leaky");

    admin.updateAccessKey(
        u -> u.userName("leaky").accessKeyId(leaked.accessKeyId()).status(StatusType.INACTIVE));
    clock.advance(Duration.ofSeconds(9));
    assertThat(attacker.getCallerIdentity().arn()).endsWith(":user/leaky");

    clock.advance(Duration.ofSeconds(1));
    AwsServiceException refused =
        catchThrowableOfType(AwsServiceException.class, attacker::getCallerIdentity);
    assertThat(refused.awsErrorDetails().errorCode()).isEqualTo("InvalidClientTokenId");
  }

  @Test
  void aDeletedKeyOfADeletedUserKeepsWorkingUntilTheDelayHasPassed() {
    AwsBasicCredentials leaked = SandboxClients.newUser(sandbox, "gone");
    StsClient attacker = SandboxClients.sts(sandbox, leaked);
    admin.deleteAccessKey(d -> d.userName("gone").accessKeyId(leaked.accessKeyId()));
    admin.deleteUser(d -> d.userName("gone"));
    clock.advance(Duration.ofSeconds(5));
    assertThat(attacker.getCallerIdentity().arn()).endsWith(":user/gone");

    clock.advance(Duration.ofSeconds(5));
    assertThat(catchThrowableOfType(AwsServiceException.class, attacker::getCallerIdentity))
        .isNotNull();
  }

  @Test
  void aDetachedPolicyKeepsAllowingUntilTheDelayHasPassedWhileAGrantHoldsAtOnce() {
    AwsBasicCredentials user = SandboxClients.newUser(sandbox, "reader");
    IamClient reader = SandboxClients.iam(sandbox, user);
    admin.attachUserPolicy(a -> a.userName("reader").policyArn(READ_ONLY));
    assertThat(reader.listUsers().users()).isNotEmpty();

    admin.detachUserPolicy(d -> d.userName("reader").policyArn(READ_ONLY));
    assertThat(reader.listUsers().users()).isNotEmpty();

    clock.advance(Duration.ofSeconds(10));
    AwsServiceException denied = catchThrowableOfType(AwsServiceException.class, reader::listUsers);
    assertThat(denied.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
  }

  @Test
  void withTheFaultClearedARevocationHoldsAtOnce() {
    AwsBasicCredentials leaked = SandboxClients.newUser(sandbox, "caught");
    StsClient attacker = SandboxClients.sts(sandbox, leaked);
    Control.call(sandbox, sandbox.adminCredentials(), "DELETE", "/_firedrill/faults", null);
    admin.updateAccessKey(
        u -> u.userName("caught").accessKeyId(leaked.accessKeyId()).status(StatusType.INACTIVE));
    assertThat(catchThrowableOfType(AwsServiceException.class, attacker::getCallerIdentity))
        .isNotNull();
  }
}
