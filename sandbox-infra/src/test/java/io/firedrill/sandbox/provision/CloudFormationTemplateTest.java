package io.firedrill.sandbox.provision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The CloudFormation template creates the same account as {@code sandbox provision}: it is checked
 * against the standard baseline file, resource by resource, and for the structure CloudFormation
 * needs (every reference resolves, nothing secret is output); cfn-lint checks it too where it is
 * installed.
 */
class CloudFormationTemplateTest {

  static final Path TEMPLATE = Path.of("cloudformation", "firedrill-sandbox.yaml");
  private static final Set<String> PSEUDO =
      Set.of(
          "AWS::AccountId",
          "AWS::Region",
          "AWS::StackName",
          "AWS::StackId",
          "AWS::Partition",
          "AWS::URLSuffix",
          "AWS::NoValue");
  private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}!.]+)(\\.[^}]+)?}");

  private static String text() throws IOException {
    return Files.readString(TEMPLATE, StandardCharsets.UTF_8);
  }

  @Test
  void createsExactlyTheStandardBaselineAndWhatProvisioningAdds() throws IOException {
    assertThat(TemplateCheck.problems(ProvisionerTest.STANDARD, CfnYaml.parse(text()))).isEmpty();
  }

  @Test
  void aMissingOrExtraResourceIsNamed() throws IOException {
    String text = text();
    // Drop dave-ops (user, key and secret) and add a bucket nobody asked for.
    String without =
        text.replaceAll("(?s)\n  DaveOps:\n.*?\n  CiBot:\n", "\n  CiBot:\n")
            .replace(
                "\nOutputs:",
                "\n  Stray:\n    Type: AWS::S3::Bucket\n    Properties: { BucketName: stray }\n"
                    + "\nOutputs:");
    Map<String, Object> broken = CfnYaml.parse(without);

    assertThat(TemplateCheck.problems(ProvisionerTest.STANDARD, broken))
        .anyMatch(p -> p.contains("AWS::IAM::User with UserName dave-ops"))
        .anyMatch(p -> p.contains("resource Stray (AWS::S3::Bucket) is not in the baseline"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyReferenceResolvesAndNoSecretIsAnOutput() throws IOException {
    Map<String, Object> template = CfnYaml.parse(text());
    assertThat(template.get("AWSTemplateFormatVersion")).isEqualTo("2010-09-09");
    Map<String, Map<String, Object>> resources =
        (Map<String, Map<String, Object>>) template.get("Resources");
    Set<String> names = new HashSet<>(resources.keySet());
    names.addAll(((Map<String, Object>) template.get("Parameters")).keySet());
    names.addAll(PSEUDO);
    List<String> unresolved = new ArrayList<>();
    resources.forEach(
        (id, resource) -> {
          assertThat(String.valueOf(resource.get("Type"))).as(id).matches("AWS::\\w+::\\w+");
          assertThat(resource.get("Properties")).as(id).isInstanceOf(Map.class);
          Object dependsOn = resource.get("DependsOn");
          if (dependsOn != null && !resources.containsKey(dependsOn)) {
            unresolved.add(id + " DependsOn " + dependsOn);
          }
          references(resource, id, names, resources.keySet(), unresolved);
          Object tags = ((Map<String, Object>) resource.get("Properties")).get("Tags");
          if (tags != null) {
            assertThat(String.valueOf(tags)).as(id).contains("{Key=firedrill:managed, Value=true}");
          }
        });
    references(template.get("Outputs"), "Outputs", names, resources.keySet(), unresolved);
    assertThat(unresolved).isEmpty();
    assertThat(String.valueOf(template.get("Outputs"))).doesNotContain("SecretAccessKey");
  }

  @SuppressWarnings("unchecked")
  private static void references(
      Object node,
      String where,
      Set<String> names,
      Set<String> resources,
      List<String> unresolved) {
    if (node instanceof Map<?, ?> map) {
      map.forEach(
          (key, value) -> {
            if (key.equals("Ref") && !names.contains(value)) {
              unresolved.add(where + ": !Ref " + value);
            } else if (key.equals("Fn::GetAtt")
                && !resources.contains(((List<Object>) value).get(0))) {
              unresolved.add(where + ": !GetAtt " + value);
            } else if (key.equals("Fn::Sub")) {
              Matcher variable = SUB_VARIABLE.matcher(String.valueOf(value));
              while (variable.find()) {
                boolean attribute = variable.group(2) != null;
                if (!(attribute ? resources : names).contains(variable.group(1))) {
                  unresolved.add(where + ": !Sub ${" + variable.group(1) + "}");
                }
              }
            }
            references(value, where, names, resources, unresolved);
          });
    } else if (node instanceof List<?> list) {
      list.forEach(item -> references(item, where, names, resources, unresolved));
    }
  }

  @Test
  void cfnLintFindsNothing() throws Exception {
    Process lint;
    try {
      lint = new ProcessBuilder("cfn-lint", TEMPLATE.toString()).redirectErrorStream(true).start();
    } catch (IOException notInstalled) {
      Assumptions.abort("cfn-lint is not installed here; the structural checks above still ran");
      return;
    }
    assertThat(lint.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String said = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(lint.exitValue()).as(said).isZero();
  }
}
