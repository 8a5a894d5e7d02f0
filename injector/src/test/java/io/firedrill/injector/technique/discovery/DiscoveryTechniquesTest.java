package io.firedrill.injector.technique.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.injector.Playground;
import io.firedrill.injector.aws.ApiCall;
import io.firedrill.injector.technique.OneCallTechnique;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each discovery technique makes its one call, allowed, and changes nothing to clean up. */
class DiscoveryTechniquesTest {

  @TempDir Path dir;

  static Stream<OneCallTechnique> techniques() {
    return Stream.of(
        new StsGetCallerIdentity(),
        new IamListUsers(),
        new IamListRoles(),
        new IamGetAccountAuthorizationDetails(),
        new CloudTrailDescribeTrails(),
        new GuardDutyListDetectors());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("techniques")
  void makesItsCallAndNothingElse(OneCallTechnique technique) throws Exception {
    try (Playground playground = new Playground(dir)) {
      List<ApiCall> calls =
          technique.detonate(
              playground.session("attacker", "dev-frank", null),
              technique.parameters(Map.of()),
              playground.ledger(technique.id()));

      assertThat(calls)
          .extracting(ApiCall::operation)
          .containsExactlyElementsOf(technique.info().eventNames());
      assertThat(calls).allSatisfy(call -> assertThat(call.outcome()).isEqualTo("allowed"));
      assertThat(playground.cleanup().undone()).isEmpty();
    }
  }
}
