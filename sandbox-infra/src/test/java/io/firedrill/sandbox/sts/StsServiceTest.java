package io.firedrill.sandbox.sts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.SandboxClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;
import software.amazon.awssdk.services.sts.model.StsException;

class StsServiceTest {

  private static Sandbox sandbox;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.builder().port(0).start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void getCallerIdentityNamesTheUserBehindTheKey() {
    AwsBasicCredentials alice = SandboxClients.newUser(sandbox, "alice");
    try (StsClient sts = SandboxClients.sts(sandbox, alice)) {
      GetCallerIdentityResponse identity = sts.getCallerIdentity();

      assertThat(identity.arn()).isEqualTo("arn:aws:iam::000000000000:user/alice");
      assertThat(identity.account()).isEqualTo("000000000000");
      assertThat(identity.userId()).matches("AIDA[A-Z0-9]{17}");
      assertThat(identity.responseMetadata().requestId()).matches("[0-9a-f-]{36}");
    }
  }

  @Test
  void anUnknownAccessKeyIsAnInvalidClientTokenId() {
    AwsBasicCredentials unknown =
        AwsBasicCredentials.create("AKIAUNKNOWNUNKNOWN00", "x".repeat(40));
    try (StsClient sts = SandboxClients.sts(sandbox, unknown)) {
      StsException error = catchThrowableOfType(StsException.class, sts::getCallerIdentity);

      assertThat(error.statusCode()).isEqualTo(403);
      assertThat(error.awsErrorDetails().errorCode()).isEqualTo("InvalidClientTokenId");
      assertThat(error.awsErrorDetails().errorMessage())
          .isEqualTo("The security token included in the request is invalid.");
      assertThat(error.requestId()).matches("[0-9a-f-]{36}");
    }
  }

  @Test
  void aWrongSecretIsASignatureMismatch() {
    AwsBasicCredentials admin = sandbox.adminCredentials();
    AwsBasicCredentials wrong = AwsBasicCredentials.create(admin.accessKeyId(), "y".repeat(40));
    try (StsClient sts = SandboxClients.sts(sandbox, wrong)) {
      StsException error = catchThrowableOfType(StsException.class, sts::getCallerIdentity);

      assertThat(error.statusCode()).isEqualTo(403);
      assertThat(error.awsErrorDetails().errorCode()).isEqualTo("SignatureDoesNotMatch");
      assertThat(error.awsErrorDetails().errorMessage())
          .startsWith("The request signature we calculated does not match");
    }
  }
}
