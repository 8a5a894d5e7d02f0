package io.firedrill.sandbox.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestContextTest {

  @Test
  void looksKeysUpWhateverTheirCase() {
    RequestContext request =
        new RequestContext("iam:GetUser", "*", Map.of("aws:SourceIp", List.of("203.0.113.7")));

    assertThat(request.values("AWS:SOURCEIP")).containsExactly("203.0.113.7");
    assertThat(request.keys()).containsKey("aws:sourceip");
    assertThat(request.values("aws:username")).isEmpty();
  }

  @Test
  void copiesItsKeysAndNeverChanges() {
    List<String> ips = new ArrayList<>(List.of("203.0.113.7"));
    RequestContext request = new RequestContext("iam:GetUser", "*", Map.of("aws:SourceIp", ips));
    ips.add("198.51.100.1");

    assertThat(request.values("aws:SourceIp")).containsExactly("203.0.113.7");
    assertThatThrownBy(() -> request.keys().put("aws:username", List.of("mallory")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(new RequestContext("iam:GetUser", "*", null).keys()).isEmpty();
  }

  @Test
  void matchesConditionKeysWrittenInAnyCase() {
    PolicyDocument document =
        TestPolicies.document(
            """
            {"Effect": "Allow", "Action": "*", "Resource": "*",
             "Condition": {"IpAddress": {"AWS:SOURCEIP": "203.0.113.0/24"}}}""");
    RequestContext request =
        new RequestContext("iam:GetUser", "*", Map.of("aws:SourceIp", List.of("203.0.113.7")));

    assertThat(
            PolicyEvaluator.evaluate(
                    request, List.of(new AppliedPolicy("p", PolicyKind.IDENTITY, document)))
                .allowed())
        .isTrue();
  }
}
