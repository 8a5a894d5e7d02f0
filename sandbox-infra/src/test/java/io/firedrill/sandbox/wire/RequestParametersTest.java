package io.firedrill.sandbox.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RequestParametersTest {

  @Test
  void queryListsBecomeArraysOfCamelCasedObjectsInIndexOrder() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("Action", "CreateUser");
    params.put("Version", "2010-05-08");
    params.put("UserName", "alice");
    params.put("Tags.member.10.Key", "k10");
    params.put("Tags.member.2.Key", "k2");
    params.put("Tags.member.2.Value", "v2");
    for (int i = 1; i <= 9; i++) {
      if (i != 2) {
        params.put("Tags.member." + i + ".Key", "k" + i);
      }
    }
    params.put("MaxItems", "5");

    JsonNode recorded = RequestParameters.fromQuery(params);

    assertThat(recorded.get("userName").asString()).isEqualTo("alice");
    assertThat(recorded.get("tags").size()).isEqualTo(10);
    assertThat(recorded.get("tags").get(1).toString())
        .isEqualTo("{\"key\":\"k2\",\"value\":\"v2\"}");
    assertThat(recorded.get("tags").get(9).get("key").asString()).isEqualTo("k10");
    assertThat(recorded.get("maxItems").isInt()).isTrue();
    assertThat(recorded.has("action")).isFalse();
  }

  @Test
  void noParametersAreRecordedAsNull() {
    assertThat(RequestParameters.fromQuery(Map.of("Action", "GetCallerIdentity")).isNull())
        .isTrue();
    assertThat(RequestParameters.fromJson(Json.object()).isNull()).isTrue();
  }

  @Test
  void jsonMembersAreCamelCasedAtEveryDepth() {
    JsonNode body =
        Json.MAPPER.readTree(
            "{\"Name\":\"t\",\"S3BucketName\":\"b\",\"TagsList\":[{\"Key\":\"k\",\"Value\":\"v\"}]}");

    assertThat(RequestParameters.fromJson(body).toString())
        .isEqualTo(
            "{\"name\":\"t\",\"s3BucketName\":\"b\",\"tagsList\":[{\"key\":\"k\",\"value\":\"v\"}]}");
  }

  @Test
  void passwordsAreLeftOutAndTypedMembersKeepTheirTypes() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("UserName", "alice");
    params.put("Password", "hunter2-but-longer");
    params.put("NewPassword", "another-secret");
    params.put("PasswordResetRequired", "true");
    params.put("DurationSeconds", "900");
    params.put("X-Amz-Security-Token", "token");

    JsonNode recorded = RequestParameters.fromQuery(params);

    assertThat(recorded.toString())
        .isEqualTo(
            "{\"durationSeconds\":900,\"passwordResetRequired\":true,\"userName\":\"alice\"}");
  }
}
