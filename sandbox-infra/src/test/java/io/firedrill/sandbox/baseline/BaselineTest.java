package io.firedrill.sandbox.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BaselineTest {

  private static final String ADMINISTRATOR_ACCESS = "arn:aws:iam::aws:policy/AdministratorAccess";

  /** The repository's own baselines, {@code scenarios/baselines/} beside this module. */
  static Path baselines() {
    return Path.of("").toAbsolutePath().getParent().resolve("scenarios/baselines");
  }

  @Test
  void loadsTheStandardBaseline() {
    Baseline standard = Baseline.load(baselines().resolve("standard.yaml"));

    assertThat(standard.name()).isEqualTo("standard");
    assertThat(standard.description()).isNotBlank();
    assertThat(standard.users())
        .containsExactly(
            new BaselineUser("dev-frank", true, List.of(ADMINISTRATOR_ACCESS)),
            new BaselineUser("blue-responder", true, List.of(ADMINISTRATOR_ACCESS)),
            new BaselineUser(
                "dave-ops",
                true,
                List.of(
                    "arn:aws:iam::aws:policy/ReadOnlyAccess",
                    "arn:aws:iam::aws:policy/IAMFullAccess")),
            new BaselineUser("ci-bot", true, List.of("policy/ci-deploy")));
    assertThat(standard.policies()).extracting(BaselinePolicy::name).containsExactly("ci-deploy");
    assertThat(standard.roles())
        .containsExactly(
            new BaselineRole(
                "security-audit", "account", List.of("arn:aws:iam::aws:policy/SecurityAudit")),
            new BaselineRole("ops-deploy", "account", List.of(ADMINISTRATOR_ACCESS)),
            new BaselineRole(
                "firedrill-sandbox", "account", List.of(), Map.of("firedrill:sandbox", "true")));
    assertThat(standard.vpcFlowLogBucket()).isEqualTo("firedrill-flow-logs");
    assertThat(standard.trails())
        .containsExactly(new BaselineTrail("management-events", "firedrill-trail-logs", true));
  }

  @Test
  void defaultsToNoKeyAndALoggingTrail() {
    Baseline baseline =
        Baseline.parse(
            """
            name: minimal
            users:
              - name: quiet
            trails:
              - name: main-trail
                bucket: main-bucket
            """,
            "minimal.yaml");

    assertThat(baseline.description()).isEmpty();
    assertThat(baseline.users()).containsExactly(new BaselineUser("quiet", false, List.of()));
    assertThat(baseline.trails().get(0).logging()).isTrue();
  }

  @Test
  void readsUsersPoliciesAndRoles() {
    Baseline baseline =
        Baseline.parse(
            """
            name: with-roles
            users:
              - name: analyst
                policies: [arn:aws:iam::aws:policy/ReadOnlyAccess]
            roles:
              - name: responder
                trust: user/analyst
                policies:
                  - arn:aws:iam::aws:policy/SecurityAudit
              - name: break-glass
                trust: account
            """,
            "with-roles.yaml");

    assertThat(baseline.users())
        .containsExactly(
            new BaselineUser("analyst", false, List.of("arn:aws:iam::aws:policy/ReadOnlyAccess")));
    assertThat(baseline.roles())
        .containsExactly(
            new BaselineRole(
                "responder", "user/analyst", List.of("arn:aws:iam::aws:policy/SecurityAudit")),
            new BaselineRole("break-glass", "account", List.of()));
    assertThat(baseline.roles().get(0).principalArn("123456789012"))
        .isEqualTo("arn:aws:iam::123456789012:user/analyst");
    assertThat(baseline.roles().get(1).principalArn("123456789012"))
        .isEqualTo("arn:aws:iam::123456789012:root");
  }

  @SuppressWarnings("deprecation")
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          broken indentation    | 'name: x\\nusers:\\n  - name: a\\n   accessKey: true\\n'      | 4 | 4  | expected <block end>, but found '<block mapping start>'
          a stray colon         | 'name: a: b\\n'                                          | 1 | 8  | mapping values are not allowed here
          a list at the top     | '- name: x\\n'                                             | 1 | 1  | expected the baseline as a mapping with keys name, description, users, trails, roles, guardDuty, vpcFlowLogs, policies, found a list
          an unknown key        | 'name: x\\nusers:\\n  - name: a\\n    acessKey: true\\n'     | 4 | 5  | unknown key 'acessKey' in a user; expected one of name, accessKey, policies
          policies not a list   | 'name: x\\nusers:\\n  - name: a\\n    policies: admin\\n'    | 4 | 15 | expected a list of strings for 'policies', found 'admin'
          a policy not an ARN   | 'name: x\\nusers:\\n  - name: a\\n    policies: [admin]\\n'  | 4 | 15 | must be managed policy ARNs
          a role without trust  | 'name: x\\nroles:\\n  - name: r\\n'                       | 3 | 5  | expected key 'trust' (a string), found none
          a bad trust           | 'name: x\\nroles:\\n  - name: r\\n    trust: everyone\\n'     | 3 | 5  | trust of role 'r' must be 'account'
          a duplicate role      | 'name: x\\nroles:\\n  - name: r\\n    trust: account\\n  - name: R\\n    trust: account\\n' | 5 | 11 | expected each role name once, found 'R' again
          a non-boolean         | 'name: x\\nusers:\\n  - name: a\\n    accessKey: yes\\n'     | 4 | 16 | expected true or false for 'accessKey', found 'yes'
          a missing name        | 'description: d\\n'                                        | 1 | 1  | expected key 'name' (a string), found none
          users not a list      | 'name: x\\nusers: dev-frank\\n'                            | 2 | 8  | expected a list for 'users', found 'dev-frank'
          a bad user name       | 'name: x\\nusers:\\n  - name: has space\\n'                | 3 | 11 | user name must be 1-64 letters
          a duplicate user      | 'name: x\\nusers:\\n  - name: a\\n  - name: A\\n'            | 4 | 11 | expected each user name once, found 'A' again
          a trail without bucket | 'name: x\\ntrails:\\n  - name: main-trail\\n'             | 3 | 5  | expected key 'bucket' (a string), found none
          a duplicate key       | 'name: x\\nname: y\\n'                                     | 2 | 1  | expected 'name' once in the baseline, found it again
          an empty document     | ''                                                         | 1 | 1  | expected a mapping with keys name, description, users, trails, roles, guardDuty, vpcFlowLogs, policies, found an empty document
          """)
  void reportsProblemsAsPathLineColumnMessage(
      String what, String yaml, int line, int column, String message) {
    BaselineException error =
        catchThrowableOfType(
            BaselineException.class, () -> Baseline.parse(yaml.replace("\\n", "\n"), "bad.yaml"));

    assertThat(error).as(what).isNotNull();
    assertThat(error.getMessage())
        .startsWith("bad.yaml:" + line + ":" + column + ": ")
        .contains(message);
    assertThat(List.of(error.source(), error.line(), error.column()))
        .containsExactly("bad.yaml", line, column);
  }

  @Test
  void loadNamesTheFileInItsErrors(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("broken.yaml");
    Files.writeString(file, "name: [unclosed\n");

    BaselineException error =
        catchThrowableOfType(BaselineException.class, () -> Baseline.load(file));

    assertThat(error.getMessage()).matches(Pattern.quote(file.toString()) + ":\\d+:\\d+: .+");
  }
}
