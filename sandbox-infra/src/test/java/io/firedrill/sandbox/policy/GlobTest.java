package io.firedrill.sandbox.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobTest {

  @ParameterizedTest(name = "{0} ~ {1} (ignore case {2}) -> {3}")
  @CsvSource(
      delimiterString = "|",
      useHeadersInDisplayName = false,
      textBlock =
          """
          *                     | anything                   | false | true
          *                     | ''                         | false | true
          iam:CreateUser        | iam:CreateUser             | false | true
          iam:CreateUser        | iam:createuser             | false | false
          iam:CreateUser        | IAM:createuser             | true  | true
          iam:Get*              | iam:GetUser                | true  | true
          iam:Get*              | iam:ListUsers              | true  | false
          iam:Get*              | iam:Get                    | true  | true
          iam:*User             | iam:CreateUser             | true  | true
          iam:*User             | iam:CreateUsers            | true  | false
          iam:*Access*Key*      | iam:CreateAccessKey        | true  | true
          iam:?etUser           | iam:GetUser                | true  | true
          iam:?etUser           | iam:etUser                 | true  | false
          s3:*                  | S3:GetObject               | true  | true
          arn:aws:s3:::b/*      | arn:aws:s3:::b/a/b/c       | false | true
          arn:aws:s3:::b/*      | arn:aws:s3:::B/a           | false | false
          a*b*c                 | aXXbYYbZZc                 | false | true
          a*b*c                 | aXXbYYcZZ                  | false | false
          *a*a*a*a*a*b          | aaaaaaaaaaaaaaaaaaaaaaaaaa | false | false
          ???                   | abc                        | false | true
          ???                   | ab                         | false | false
          """)
  void matchesLikeIam(String pattern, String text, boolean ignoreCase, boolean expected) {
    assertThat(Glob.of(pattern, ignoreCase).matches(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} within [{2}, {3}) of {1} -> {4}")
  @CsvSource(
      delimiterString = "|",
      textBlock =
          """
          iam    | arn:aws:iam::1:user/a | 8 | 11 | true
          ia*    | arn:aws:iam::1:user/a | 8 | 11 | true
          iam:*  | arn:aws:iam::1:user/a | 8 | 11 | false
          *      | arn:aws:iam::1:user/a | 12 | 12 | true
          """)
  void matchesARegion(String pattern, String text, int start, int end, boolean expected) {
    assertThat(Glob.of(pattern, false).matches(text, start, end)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "literal {0} in {1} -> {2}")
  @CsvSource(
      delimiterString = "|",
      textBlock =
          """
          a*b | a*b   | true
          a*b | aXXb  | false
          a?b | aXb   | false
          """)
  void treatsCompiledLiteralsAsText(String literal, String text, boolean expected) {
    // A '*' that reached the pattern as literal text (a variable's value, ${*}) is not a wildcard.
    assertThat(Glob.compiled(literal, false).matches(text)).isEqualTo(expected);
  }
}
