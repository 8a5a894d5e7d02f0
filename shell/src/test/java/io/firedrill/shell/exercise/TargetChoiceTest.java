package io.firedrill.shell.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.firedrill.shell.exercise.TargetChoice.Kind;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TargetChoiceTest {

  private static final Map<String, String> NO_ENV = Map.of();

  @Test
  void embeddedUnlessSomethingElseIsAskedFor() {
    assertThat(TargetChoice.parse(null, null, null, NO_ENV).kind()).isEqualTo(Kind.EMBEDDED);
    assertThat(TargetChoice.parse("embedded", null, null, NO_ENV).kind()).isEqualTo(Kind.EMBEDDED);
    assertThat(TargetChoice.parse(null, "http://127.0.0.1:4510", null, NO_ENV))
        .isEqualTo(new TargetChoice(Kind.ENDPOINT, URI.create("http://127.0.0.1:4510"), null));
  }

  @Test
  void localStackDefaultsToItsOwnPortOrAwsEndpointUrl() {
    assertThat(TargetChoice.parse("localstack", null, null, NO_ENV).endpoint())
        .isEqualTo(URI.create("http://localhost:4566"));
    assertThat(
            TargetChoice.parse(
                    "LocalStack", null, null, Map.of("AWS_ENDPOINT_URL", "http://ls.internal:4566"))
                .endpoint())
        .isEqualTo(URI.create("http://ls.internal:4566"));
    assertThat(
            TargetChoice.parse(
                    "localstack",
                    "http://127.0.0.1:4600",
                    null,
                    Map.of("AWS_ENDPOINT_URL", "http://ls.internal:4566"))
                .endpoint())
        .as("the option wins over the environment")
        .isEqualTo(URI.create("http://127.0.0.1:4600"));
  }

  @Test
  void awsUsesTheProfileOptionOrAwsProfileAndAwsEndpointsUnlessTold() {
    TargetChoice plain = TargetChoice.parse("aws", null, null, NO_ENV);
    assertThat(plain.endpoint()).isNull();
    assertThat(plain.profile()).isNull();
    assertThat(plain.describe()).isEqualTo("AWS (default credential chain)");
    assertThat(TargetChoice.parse("aws", null, null, Map.of("AWS_PROFILE", "gameday")).profile())
        .isEqualTo("gameday");
    assertThat(TargetChoice.parse("aws", null, "drill", Map.of("AWS_PROFILE", "gameday")).profile())
        .isEqualTo("drill");
    assertThat(
            TargetChoice.parse(
                    "aws", null, null, Map.of("AWS_ENDPOINT_URL", "https://proxy.example:8443"))
                .endpoint())
        .isEqualTo(URI.create("https://proxy.example:8443"));
  }

  @Test
  void badValuesSayWhatIsWrongAndWhatWouldBeRight() {
    assertThatThrownBy(() -> TargetChoice.parse("cloud", null, null, NO_ENV))
        .hasMessage("--sandbox expects embedded, aws or localstack; got 'cloud'");
    assertThatThrownBy(() -> TargetChoice.parse("embedded", "http://x:1", null, NO_ENV))
        .hasMessageStartingWith("--endpoint does not go with --sandbox embedded");
    assertThatThrownBy(() -> TargetChoice.parse("localstack", "localhost:4566", null, NO_ENV))
        .hasMessage("--endpoint expects a URL such as http://127.0.0.1:4566; got 'localhost:4566'");
    assertThatThrownBy(
            () ->
                TargetChoice.parse("localstack", null, null, Map.of("AWS_ENDPOINT_URL", "ftp://h")))
        .hasMessage("AWS_ENDPOINT_URL expects a URL such as http://127.0.0.1:4566; got 'ftp://h'");
    assertThatThrownBy(() -> TargetChoice.parse(null, null, "drill", NO_ENV))
        .hasMessageStartingWith("--profile is for --sandbox aws");
    assertThatThrownBy(() -> TargetChoice.parse("localstack", null, "drill", NO_ENV))
        .hasMessageStartingWith("--profile is for --sandbox aws");
  }

  @Test
  void theRegionIsAwsRegionThenAwsDefaultRegion() {
    TargetChoice localStack = TargetChoice.parse("localstack", null, null, NO_ENV);
    assertThat(
            EndpointTarget.region(
                localStack, Map.of("AWS_REGION", "eu-west-1", "AWS_DEFAULT_REGION", "us-west-2")))
        .isEqualTo("eu-west-1");
    assertThat(EndpointTarget.region(localStack, Map.of("AWS_DEFAULT_REGION", "us-west-2")))
        .isEqualTo("us-west-2");
    assertThat(EndpointTarget.region(localStack, NO_ENV)).isEqualTo("us-east-1");
  }
}
