package io.firedrill.sandbox.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateTest {

  private static final RequestContext REQUEST =
      new RequestContext(
          "s3:ListBucket",
          "*",
          Map.of(
              "aws:username", List.of("alice"),
              "aws:PrincipalTag/team", List.of("blue"),
              "aws:TagKeys", List.of("a", "b")));

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiterString = "|",
      nullValues = "<unresolved>",
      quoteCharacter = '"',
      textBlock =
          """
          home/${aws:username}/*                    | home/alice/*
          ${aws:username}-${aws:PrincipalTag/team}  | alice-blue
          ${aws:PrincipalTag/project, 'none'}       | none
          ${aws:username, 'none'}                   | alice
          ${aws:userid}                             | <unresolved>
          ${aws:TagKeys}                            | <unresolved>
          literal ${*} and ${?} and ${$}            | literal * and ? and $
          unclosed ${aws:username                   | unclosed ${aws:username
          """)
  void fillsInVariables(String source, String text) {
    assertThat(Template.parse(source, true).text(REQUEST)).isEqualTo(text);
  }

  @Test
  void keepsAVariablesValueLiteralInAPattern() {
    RequestContext starUser =
        new RequestContext("s3:ListBucket", "*", Map.of("aws:username", List.of("a*")));
    Template template = Template.parse("home/${aws:username}/*", true);

    assertThat(template.glob(starUser).matches("home/a*/notes")).isTrue();
    assertThat(template.glob(starUser).matches("home/alice/notes")).isFalse();
    assertThat(Template.parse("${*}", true).glob(REQUEST).matches("x")).isFalse();
  }

  @Test
  void compilesConstantsOnce() {
    Template template = Template.parse("arn:aws:s3:::logs/*", true);

    assertThat(template.constant()).isTrue();
    assertThat(template.glob(REQUEST)).isSameAs(template.glob(REQUEST));
  }

  @Test
  void keepsTextAsWrittenWithoutVariables() {
    Template template = Template.parse("home/${aws:username}", false);

    assertThat(template.constant()).isTrue();
    assertThat(template.text(REQUEST)).isEqualTo("home/${aws:username}");
  }
}
