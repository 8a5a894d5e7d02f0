package io.firedrill.sandbox.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccessKeyIdsTest {

  @ParameterizedTest
  @ValueSource(strings = {"000000000000", "000000000001", "123456789012", "999999999999"})
  void idsEncodeTheirAccountAndDecodeBackToIt(String account) {
    String keyId = AccessKeyIds.generate("AKIA", account, 0);
    String userId = AccessKeyIds.generate("AIDA", account, 1);

    assertThat(keyId).matches("AKIA[A-Z2-7]{16}");
    assertThat(userId).matches("AIDA[A-Z2-7]{17}");
    assertThat(AccessKeyIds.accountOf(keyId)).hasValue(Long.parseLong(account));
    assertThat(AccessKeyIds.accountOf(userId)).hasValue(Long.parseLong(account));
  }

  @ParameterizedTest
  @ValueSource(strings = {"AKIA", "AKIA0000000000000000", "AKIA-not-base32-at-all", ""})
  void idsNotInAwsShapeHaveNoAccount(String id) {
    assertThat(AccessKeyIds.accountOf(id)).isEmpty();
  }
}
