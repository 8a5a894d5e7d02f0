package io.firedrill.sandbox.ec2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.firedrill.sandbox.Sandbox;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Region;
import software.amazon.awssdk.services.ec2.model.TagDescription;
import tools.jackson.databind.JsonNode;

class TagOperationsTest {

  @Test
  void tagsAreCreatedDescribedAndDeleted() {
    try (Sandbox sandbox = Sandbox.builder().port(0).start();
        Ec2Client ec2 = Ec2Clients.ec2(sandbox, sandbox.adminCredentials())) {
      String id =
          ec2.runInstances(
                  r -> r.imageId("ami-12345678").instanceType("t2.micro").minCount(1).maxCount(1))
              .instances()
              .get(0)
              .instanceId();

      ec2.createTags(
          c ->
              c.resources(id)
                  .tags(t -> t.key("env").value("prod"), t -> t.key("owner").value("x")));
      assertThat(ec2.describeTags(d -> d.filters(f -> f.name("resource-id").values(id))).tags())
          .extracting(TagDescription::key, TagDescription::value)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("env", "prod"),
              org.assertj.core.groups.Tuple.tuple("owner", "x"));
      assertThat(ec2.describeTags(d -> d.filters(f -> f.name("key").values("env"))).tags())
          .singleElement()
          .satisfies(
              t -> {
                assertThat(t.resourceId()).isEqualTo(id);
                assertThat(t.resourceTypeAsString()).isEqualTo("instance");
              });

      ec2.deleteTags(d -> d.resources(id).tags(t -> t.key("owner")));
      assertThat(ec2.describeTags().tags()).extracting(TagDescription::key).containsExactly("env");

      Throwable unknown =
          catchThrowable(
              () ->
                  ec2.createTags(
                      c -> c.resources("i-0123456789abcdef0").tags(t -> t.key("a").value("b"))));
      assertThat(Ec2Clients.code(unknown)).isEqualTo("InvalidInstanceID.NotFound");

      JsonNode record =
          Ec2Clients.records(sandbox, "CreateTags").stream()
              .filter(r -> !r.has("errorCode"))
              .findFirst()
              .orElseThrow();
      assertThat(record.at("/requestParameters/resourcesSet/items/0/resourceId").asString())
          .isEqualTo(id);
      assertThat(record.at("/requestParameters/tagSet/items/1/key").asString()).isEqualTo("owner");
      assertThat(record.at("/responseElements/_return").asBoolean()).isTrue();
    }
  }

  @Test
  void describeRegionsListsTheDefaultRegions() {
    try (Sandbox sandbox = Sandbox.builder().port(0).start();
        Ec2Client ec2 = Ec2Clients.ec2(sandbox, sandbox.adminCredentials())) {
      assertThat(ec2.describeRegions().regions())
          .extracting(Region::regionName)
          .contains("us-east-1", "eu-west-1", "ap-southeast-2");
      assertThat(ec2.describeRegions(d -> d.regionNames("eu-west-3")).regions())
          .singleElement()
          .satisfies(r -> assertThat(r.endpoint()).isEqualTo("ec2.eu-west-3.amazonaws.com"));
      JsonNode record = Ec2Clients.records(sandbox, "DescribeRegions").get(0);
      assertThat(record.get("readOnly").asBoolean()).isTrue();
      assertThat(record.get("responseElements").isNull()).isTrue();
    }
  }
}
