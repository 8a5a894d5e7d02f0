package io.firedrill.sandbox.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class SigV4HeaderTest {

  private static final String SIGNATURE = "a".repeat(64);

  @Test
  void parsesTheCredentialScopeSignedHeadersAndSignature() {
    SigV4Header header =
        SigV4Header.parse(
            "AWS4-HMAC-SHA256 Credential=AKIAEXAMPLE0000000/20261122/us-east-1/sts/aws4_request,"
                + " SignedHeaders=content-type;Host;x-amz-date, Signature="
                + SIGNATURE);

    assertThat(header.accessKeyId()).isEqualTo("AKIAEXAMPLE0000000");
    assertThat(header.date()).isEqualTo("20261122");
    assertThat(header.region()).isEqualTo("us-east-1");
    assertThat(header.service()).isEqualTo("sts");
    assertThat(header.signedHeaders()).containsExactly("content-type", "host", "x-amz-date");
    assertThat(header.signature()).isEqualTo(SIGNATURE);
  }

  @Test
  void aHeaderMissingPartsIsIncomplete() {
    AuthFailure failure =
        catchThrowableOfType(
            AuthFailure.class,
            () ->
                SigV4Header.parse(
                    "AWS4-HMAC-SHA256 Credential=AKIA/20261122/us-east-1/sts/aws4_request"));

    assertThat(failure.kind()).isEqualTo(AuthFailure.Kind.INCOMPLETE);
    assertThat(
            catchThrowableOfType(AuthFailure.class, () -> SigV4Header.parse("Basic dXNlcjpwYXNz"))
                .kind())
        .isEqualTo(AuthFailure.Kind.INCOMPLETE);
  }

  @Test
  void findsTheServiceEvenInAHeaderThatDoesNotParse() {
    assertThat(
            SigV4Header.serviceOf(
                "AWS4-HMAC-SHA256 Credential=AKIA/20261122/us-east-1/cloudtrail/"))
        .isEqualTo("cloudtrail");
    assertThat(SigV4Header.serviceOf(null)).isNull();
    assertThat(SigV4Header.serviceOf("Basic dXNlcjpwYXNz")).isNull();
  }
}
