package io.firedrill.sandbox.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.SandboxClients;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import tools.jackson.databind.JsonNode;

/** The control API: who may call it, what it answers, and what it leaves no trace of. */
class ControlApiTest {

  private static Sandbox sandbox;
  private static AwsBasicCredentials otherAdmin;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.builder().port(0).start();
    otherAdmin = SandboxClients.newAdmin(sandbox, "blue-admin");
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void refusesUnsignedCallers() {
    Control.Answer answer = Control.call(sandbox, null, "GET", "/_firedrill/faults", null);
    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.code()).isEqualTo("MissingAuthenticationTokenException");
  }

  @Test
  void refusesEveryKeyButTheControlKeyWhateverItsPolicies() {
    Control.Answer admin =
        Control.call(
            sandbox,
            otherAdmin,
            "POST",
            "/_firedrill/faults",
            "{\"kind\":\"trail-delay\",\"delay\":\"1h\"}");
    assertThat(admin.status()).isEqualTo(403);
    assertThat(admin.code()).isEqualTo("AccessDeniedException");
    Control.Answer root =
        Control.call(sandbox, sandbox.rootCredentials(), "GET", "/_firedrill/faults", null);
    assertThat(root.status()).isEqualTo(403);
    Control.Answer forged =
        Control.call(
            sandbox,
            AwsBasicCredentials.create(sandbox.adminCredentials().accessKeyId(), "not-the-secret"),
            "GET",
            "/_firedrill/faults",
            null);
    assertThat(forged.status()).isEqualTo(403);
    assertThat(forged.code()).isEqualTo("InvalidSignatureException");
    Control.Answer otherService =
        Control.call(sandbox, sandbox.adminCredentials(), "iam", "GET", "/_firedrill/faults", null);
    assertThat(otherService.status()).isEqualTo(403);
    assertThat(list().get("faults")).isEmpty();
  }

  @Test
  void setsListsClearsAndLogsFaultsWithoutAnEventInCloudTrail() {
    String id =
        Control.set(
            sandbox,
            "{\"kind\":\"throttle\",\"service\":\"ec2\",\"operation\":\"Describe*\","
                + "\"rate\":0.25,\"seed\":7,\"for\":\"10m\"}");
    JsonNode listed = list().get("faults");
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).get("id").asString()).isEqualTo(id);
    assertThat(listed.get(0).get("fault").get("rate").doubleValue()).isEqualTo(0.25);
    assertThat(listed.get(0).get("until").isString()).isTrue();

    Control.Answer cleared =
        Control.call(
            sandbox, sandbox.adminCredentials(), "DELETE", "/_firedrill/faults/" + id, null);
    assertThat(cleared.status()).isEqualTo(200);
    assertThat(list().get("faults")).isEmpty();
    Control.Answer again =
        Control.call(
            sandbox, sandbox.adminCredentials(), "DELETE", "/_firedrill/faults/" + id, null);
    assertThat(again.status()).isEqualTo(404);

    JsonNode log =
        Control.call(sandbox, sandbox.adminCredentials(), "GET", "/_firedrill/faults/log", null)
            .body()
            .get("log");
    List<String> actions =
        log.valueStream()
            .filter(e -> e.get("id").asString().equals(id))
            .map(e -> e.get("action").asString())
            .toList();
    assertThat(actions).containsExactly("set", "cleared");
    assertThat(log.get(0).get("by").asString())
        .isEqualTo("arn:aws:iam::000000000000:user/" + Sandbox.ADMIN_USER);

    try (CloudTrailClient cloudTrail =
        SandboxClients.cloudTrail(sandbox, sandbox.adminCredentials())) {
      List<Event> events = cloudTrail.lookupEvents().events();
      assertThat(events).noneMatch(e -> e.eventSource().contains("firedrill"));
    }
  }

  @Test
  void refusesAFaultItCannotRead() {
    Control.Answer answer =
        Control.call(
            sandbox,
            sandbox.adminCredentials(),
            "POST",
            "/_firedrill/faults",
            "{\"kind\":\"throttle\",\"service\":\"ec2\",\"rate\":2}");
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.code()).isEqualTo("ValidationException");
    assertThat(answer.body().get("message").asString()).contains("rate");
  }

  @Test
  void saysWhichDelaysHold() {
    String id = Control.set(sandbox, "{\"kind\":\"finding-delay\",\"delay\":\"5m\"}");
    try {
      assertThat(list().get("delays").get("finding").asString()).isEqualTo("PT5M");
      assertThat(list().get("delays").get("trail").asString()).isEqualTo("PT0S");
    } finally {
      Control.call(sandbox, sandbox.adminCredentials(), "DELETE", "/_firedrill/faults/" + id, null);
    }
  }

  private static JsonNode list() {
    Control.Answer answer =
        Control.call(sandbox, sandbox.adminCredentials(), "GET", "/_firedrill/faults", null);
    assertThat(answer.status()).isEqualTo(200);
    return answer.body();
  }
}
