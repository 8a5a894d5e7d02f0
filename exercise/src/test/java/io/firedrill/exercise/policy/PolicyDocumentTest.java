package io.firedrill.exercise.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyDocumentTest {

  private static final PolicyDocument DOCUMENT =
      new PolicyDocument(
          List.of(
              new PolicyStatement(
                  "PersistenceIamCreateAdminUser",
                  List.of("iam:TagUser", "iam:CreateUser", "iam:CreateUser"),
                  List.of("arn:aws:iam::*:user/svc-backup")),
              new PolicyStatement(
                  "DiscoveryIamListUsers", List.of("iam:ListUsers"), List.of("*"))));

  @Test
  void printsStableJsonWithSortedActionsAndTheStatementsInOrder() {
    assertThat(DOCUMENT.toJson())
        .isEqualToIgnoringWhitespace(
            """
            {"Version":"2012-10-17","Statement":[
              {"Sid":"PersistenceIamCreateAdminUser","Effect":"Allow",
               "Action":["iam:CreateUser","iam:TagUser"],
               "Resource":["arn:aws:iam::*:user/svc-backup"]},
              {"Sid":"DiscoveryIamListUsers","Effect":"Allow",
               "Action":["iam:ListUsers"],"Resource":["*"]}]}
            """);
    assertThat(DOCUMENT.toJson()).isEqualTo(DOCUMENT.toJson());
  }

  @Test
  void dropsOneActionOfOneStatementAndStatementsLeftEmpty() {
    assertThat(DOCUMENT.without("PersistenceIamCreateAdminUser", "iam:TagUser").actions())
        .containsExactly("iam:CreateUser", "iam:ListUsers");
    assertThat(DOCUMENT.without("iam:ListUsers").statements())
        .extracting(PolicyStatement::sid)
        .containsExactly("PersistenceIamCreateAdminUser");
  }

  @Test
  void sidsAreLettersAndDigitsAndUnique() {
    assertThat(PolicyStatement.sidOf("persistence.iam-create-admin-user"))
        .isEqualTo("PersistenceIamCreateAdminUser");
    assertThatThrownBy(() -> new PolicyStatement("not-ok", List.of("iam:ListUsers"), List.of("*")))
        .hasMessageContaining("letters and digits");
    assertThatThrownBy(
            () ->
                new PolicyDocument(
                    List.of(
                        new PolicyStatement("A", List.of("iam:ListUsers"), List.of("*")),
                        new PolicyStatement("A", List.of("iam:ListRoles"), List.of("*")))))
        .hasMessageContaining("two statements have the Sid A");
    assertThatThrownBy(() -> new PolicyStatement("A", List.of("ListUsers"), List.of("*")))
        .hasMessageContaining("not an action");
  }
}
