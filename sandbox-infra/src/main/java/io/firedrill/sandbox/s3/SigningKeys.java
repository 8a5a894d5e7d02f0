package io.firedrill.sandbox.s3;

import io.firedrill.sandbox.auth.SigV4Header;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** SigV4's derived signing key, which chunk signatures are computed with. */
final class SigningKeys {

  private SigningKeys() {}

  static byte[] of(String secret, SigV4Header auth) {
    byte[] date = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), auth.date());
    byte[] region = hmac(date, auth.region());
    byte[] service = hmac(region, auth.service());
    return hmac(service, "aws4_request");
  }

  static byte[] hmac(byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK has HmacSHA256", e);
    }
  }
}
