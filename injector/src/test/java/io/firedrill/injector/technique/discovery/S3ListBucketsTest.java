package io.firedrill.injector.technique.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.injector.Playground;
import io.firedrill.injector.aws.ApiCall;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttributeKey;

class S3ListBucketsTest {

  @TempDir Path dir;

  @Test
  void listsTheBucketsAsAManagementEventOfTheAttacker() throws Exception {
    try (Playground playground = new Playground(dir)) {
      S3ListBuckets technique = new S3ListBuckets();

      var calls =
          technique.detonate(
              playground.session("attacker", "dev-frank", null),
              technique.parameters(Map.of()),
              playground.ledger(technique.id()));

      assertThat(calls).extracting(ApiCall::outcome).containsExactly("allowed");
      assertThat(
              playground
                  .admin()
                  .lookupEvents(
                      l ->
                          l.lookupAttributes(
                              a ->
                                  a.attributeKey(LookupAttributeKey.EVENT_NAME)
                                      .attributeValue("ListBuckets")))
                  .events())
          .extracting(Event::username)
          .containsExactly("dev-frank");
      assertThat(playground.cleanup().failed()).isEmpty();
    }
  }
}
