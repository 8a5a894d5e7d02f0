package io.firedrill.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.firedrill.sandbox.sqs.SqsClients;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SqsException;

/**
 * The IAM actions a request needs besides its operation's own name, as the Service Authorization
 * Reference lists them: tags given on create need the tagging action, and a batch needs the
 * one-message action (there is no batch action in IAM).
 */
class DependentActionsTest {

  private static Sandbox sandbox;
  private static IamClient admin;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.builder().port(0).start();
    admin = SandboxClients.iam(sandbox, sandbox.adminCredentials());
  }

  @AfterAll
  static void stop() {
    admin.close();
    sandbox.close();
  }

  private static AwsBasicCredentials userAllowed(String name, String... actions) {
    AwsBasicCredentials key = SandboxClients.newUser(sandbox, name);
    String list = String.join("\",\"", actions);
    admin.putUserPolicy(
        r ->
            r.userName(name)
                .policyName("only")
                .policyDocument(
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\""
                        + list
                        + "\"],\"Resource\":\"*\"}]}"));
    return key;
  }

  @Test
  void launchingWithTagsNeedsCreateTagsToo() {
    AwsBasicCredentials runOnly = userAllowed("run-only", "ec2:RunInstances");
    AwsBasicCredentials runAndTag =
        userAllowed("run-and-tag", "ec2:RunInstances", "ec2:CreateTags");
    try (Ec2Client ec2 = SandboxClients.ec2(sandbox, runOnly);
        Ec2Client both = SandboxClients.ec2(sandbox, runAndTag)) {
      Ec2Exception denied =
          catchThrowableOfType(
              Ec2Exception.class,
              () ->
                  ec2.runInstances(
                      r ->
                          r.imageId("ami-0abcdef1234567890")
                              .instanceType("t3.micro")
                              .minCount(1)
                              .maxCount(1)
                              .tagSpecifications(
                                  t ->
                                      t.resourceType(ResourceType.INSTANCE)
                                          .tags(tag -> tag.key("team").value("red")))));
      assertThat(denied.awsErrorDetails().errorCode()).isEqualTo("UnauthorizedOperation");
      assertThat(denied.awsErrorDetails().errorMessage()).contains("ec2:CreateTags");

      // Without tags, RunInstances alone is enough; with both actions, tags are fine.
      assertThat(
              ec2.runInstances(
                      r ->
                          r.imageId("ami-0abcdef1234567890")
                              .instanceType("t3.micro")
                              .minCount(1)
                              .maxCount(1))
                  .instances())
          .hasSize(1);
      assertThat(
              both.runInstances(
                      r ->
                          r.imageId("ami-0abcdef1234567890")
                              .instanceType("t3.micro")
                              .minCount(1)
                              .maxCount(1)
                              .tagSpecifications(
                                  t ->
                                      t.resourceType(ResourceType.INSTANCE)
                                          .tags(tag -> tag.key("team").value("red"))))
                  .instances())
          .hasSize(1);
    }
  }

  @Test
  void creatingAUserOrRoleWithTagsNeedsTheTaggingAction() {
    AwsBasicCredentials createOnly = userAllowed("create-only", "iam:CreateUser", "iam:CreateRole");
    try (IamClient iam = SandboxClients.iam(sandbox, createOnly)) {
      IamException user =
          catchThrowableOfType(
              IamException.class,
              () -> iam.createUser(r -> r.userName("tagged").tags(t -> t.key("a").value("b"))));
      assertThat(user.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
      assertThat(user.awsErrorDetails().errorMessage()).contains("iam:TagUser");
      IamException role =
          catchThrowableOfType(
              IamException.class,
              () ->
                  iam.createRole(
                      r ->
                          r.roleName("tagged")
                              .assumeRolePolicyDocument(
                                  "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                                      + "\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},"
                                      + "\"Action\":\"sts:AssumeRole\"}]}")
                              .tags(t -> t.key("a").value("b"))));
      assertThat(role.awsErrorDetails().errorMessage()).contains("iam:TagRole");

      assertThat(iam.createUser(r -> r.userName("untagged")).user().userName())
          .isEqualTo("untagged");
    }
  }

  @Test
  void aBatchDeleteIsAuthorizedAsDeleteMessage() {
    AwsBasicCredentials reader = userAllowed("reader", "sqs:ReceiveMessage", "sqs:DeleteMessage");
    AwsBasicCredentials receiveOnly = userAllowed("receive-only", "sqs:ReceiveMessage");
    try (SqsClient sqs = SqsClients.of(sandbox, sandbox.adminCredentials());
        SqsClient read = SqsClients.of(sandbox, reader);
        SqsClient receive = SqsClients.of(sandbox, receiveOnly)) {
      String url = sqs.createQueue(r -> r.queueName("batch")).queueUrl();
      sqs.sendMessage(r -> r.queueUrl(url).messageBody("one"));
      var message = read.receiveMessage(r -> r.queueUrl(url)).messages().get(0);
      List<DeleteMessageBatchRequestEntry> entries =
          List.of(
              DeleteMessageBatchRequestEntry.builder()
                  .id("0")
                  .receiptHandle(message.receiptHandle())
                  .build());

      SqsException denied =
          catchThrowableOfType(
              SqsException.class,
              () -> receive.deleteMessageBatch(r -> r.queueUrl(url).entries(entries)));
      assertThat(denied.awsErrorDetails().errorMessage()).contains("sqs:DeleteMessage");
      assertThat(read.deleteMessageBatch(r -> r.queueUrl(url).entries(entries)).successful())
          .hasSize(1);
    }
  }
}
