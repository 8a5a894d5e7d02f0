package io.firedrill.sandbox.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every condition operator family, with IfExists, ForAnyValue, ForAllValues and missing keys. Each
 * row is one condition on an Allow-everything statement; "holds" says whether the request is then
 * allowed. Values are comma-separated; {@code <absent>} means the request lacks the key.
 */
class ConditionTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @ParameterizedTest(name = "{0} {1} {2} given {3} -> {4}")
  @CsvSource(
      delimiterString = "|",
      useHeadersInDisplayName = true,
      textBlock =
          """
          operator                         | key                       | policy values                          | request values                        | holds
          StringEquals                     | aws:username              | alice                                  | alice                                 | true
          StringEquals                     | aws:username              | alice                                  | Alice                                 | false
          StringEquals                     | aws:username              | alice,bob                              | bob                                   | true
          StringEquals                     | aws:username              | alice                                  | <absent>                              | false
          StringEqualsIfExists             | aws:username              | alice                                  | <absent>                              | true
          StringEqualsIfExists             | aws:username              | alice                                  | bob                                   | false
          StringNotEquals                  | aws:username              | alice                                  | bob                                   | true
          StringNotEquals                  | aws:username              | alice                                  | alice                                 | false
          StringNotEquals                  | aws:username              | alice,bob                              | bob                                   | false
          StringNotEquals                  | aws:username              | alice                                  | <absent>                              | true
          StringNotEqualsIfExists          | aws:username              | alice                                  | <absent>                              | true
          StringEqualsIgnoreCase           | aws:username              | ALICE                                  | alice                                 | true
          StringEqualsIgnoreCase           | aws:username              | ALICE                                  | <absent>                              | false
          StringNotEqualsIgnoreCase        | aws:username              | ALICE                                  | alice                                 | false
          StringNotEqualsIgnoreCase        | aws:username              | ALICE                                  | bob                                   | true
          StringNotEqualsIgnoreCase        | aws:username              | ALICE                                  | <absent>                              | true
          StringLike                       | aws:userid                | AIDA*                                  | AIDAEXAMPLE                           | true
          StringLike                       | aws:userid                | AIDA?XAMPLE                            | AIDAEXAMPLE                           | true
          StringLike                       | aws:userid                | aida*                                  | AIDAEXAMPLE                           | false
          StringLike                       | aws:userid                | AROA*,AIDA*                            | AIDAEXAMPLE                           | true
          StringLike                       | aws:userid                | AIDA*                                  | <absent>                              | false
          StringLikeIfExists               | aws:userid                | AIDA*                                  | <absent>                              | true
          StringNotLike                    | aws:userid                | AROA*:*                                | AIDAEXAMPLE                           | true
          StringNotLike                    | aws:userid                | AIDA*                                  | AIDAEXAMPLE                           | false
          StringNotLike                    | aws:userid                | AIDA*                                  | <absent>                              | true
          StringLike                       | aws:PrincipalArn          | arn:aws:*:111122223333:user/alice      | arn:aws:iam::111122223333:user/alice  | true
          ArnLike                          | aws:PrincipalArn          | arn:aws:*:111122223333:user/alice      | arn:aws:iam::111122223333:user/alice  | false
          ArnEquals                        | aws:PrincipalArn          | arn:aws:iam::111122223333:user/alice   | arn:aws:iam::111122223333:user/alice  | true
          ArnEquals                        | aws:PrincipalArn          | arn:aws:iam::111122223333:user/*       | arn:aws:iam::111122223333:user/alice  | true
          ArnLike                          | aws:PrincipalArn          | arn:aws:iam::*:role/Admin              | arn:aws:iam::111122223333:role/Admin  | true
          ArnLike                          | aws:PrincipalArn          | arn:aws:iam::*:role/Admin              | arn:aws:iam::111122223333:role/admin  | false
          ArnLike                          | aws:PrincipalArn          | arn:aws:iam::1111*:user/dev/*          | arn:aws:iam::111122223333:user/dev/a  | true
          ArnLike                          | aws:PrincipalArn          | arn:aws:iam::111122223333:*            | arn:aws:iam::111122223333:user/x:y    | true
          ArnLike                          | aws:PrincipalArn          | arn:aws:iam::*:role/Admin              | alice                                 | false
          ArnLike                          | aws:PrincipalArn          | arn:aws:iam::*:role/Admin              | <absent>                              | false
          ArnLikeIfExists                  | aws:PrincipalArn          | arn:aws:iam::*:role/Admin              | <absent>                              | true
          ArnNotEquals                     | aws:PrincipalArn          | arn:aws:iam::111122223333:user/alice   | arn:aws:iam::111122223333:user/bob    | true
          ArnNotEquals                     | aws:PrincipalArn          | arn:aws:iam::111122223333:user/alice   | <absent>                              | true
          ArnNotLike                       | aws:PrincipalArn          | arn:aws:iam::*:role/Admin              | arn:aws:iam::111122223333:role/Admin  | false
          ArnNotLike                       | aws:PrincipalArn          | arn:aws:iam::*:role/Admin              | arn:aws:iam::111122223333:user/alice  | true
          NumericEquals                    | aws:MultiFactorAuthAge    | 3600                                   | 3600                                  | true
          NumericEquals                    | aws:MultiFactorAuthAge    | 3600                                   | 3600.0                                | true
          NumericEquals                    | aws:MultiFactorAuthAge    | 3600                                   | <absent>                              | false
          NumericNotEquals                 | aws:MultiFactorAuthAge    | 3600                                   | 60                                    | true
          NumericNotEquals                 | aws:MultiFactorAuthAge    | 3600                                   | 3600                                  | false
          NumericNotEquals                 | aws:MultiFactorAuthAge    | 3600                                   | <absent>                              | true
          NumericLessThan                  | aws:MultiFactorAuthAge    | 3600                                   | 60                                    | true
          NumericLessThan                  | aws:MultiFactorAuthAge    | 3600                                   | 3600                                  | false
          NumericLessThan                  | aws:MultiFactorAuthAge    | 3600                                   | abc                                   | false
          NumericLessThan                  | aws:MultiFactorAuthAge    | 3600                                   | <absent>                              | false
          NumericLessThanIfExists          | aws:MultiFactorAuthAge    | 3600                                   | <absent>                              | true
          NumericLessThanIfExists          | aws:MultiFactorAuthAge    | 3600                                   | 7200                                  | false
          NumericLessThanEquals            | aws:MultiFactorAuthAge    | 3600                                   | 3600                                  | true
          NumericLessThanEquals            | aws:MultiFactorAuthAge    | 3600                                   | 3601                                  | false
          NumericGreaterThan               | aws:MultiFactorAuthAge    | 3600                                   | 7200                                  | true
          NumericGreaterThan               | aws:MultiFactorAuthAge    | 3600                                   | 3600                                  | false
          NumericGreaterThanEquals         | aws:MultiFactorAuthAge    | 3600                                   | 3600                                  | true
          NumericGreaterThanEquals         | aws:MultiFactorAuthAge    | 3600                                   | 3599.5                                | false
          DateEquals                       | aws:CurrentTime           | 2024-05-01T12:00:00Z                   | 2024-05-01T14:00:00+02:00             | true
          DateEquals                       | aws:CurrentTime           | 1714564800                             | 2024-05-01T12:00:00Z                  | true
          DateEquals                       | aws:CurrentTime           | 2024-05-01T12:00:00Z                   | <absent>                              | false
          DateNotEquals                    | aws:CurrentTime           | 2024-05-01T12:00:00Z                   | 2024-05-01T12:00:01Z                  | true
          DateNotEquals                    | aws:CurrentTime           | 2024-05-01T12:00:00Z                   | 2024-05-01T12:00:00Z                  | false
          DateNotEquals                    | aws:CurrentTime           | 2024-05-01T12:00:00Z                   | <absent>                              | true
          DateLessThan                     | aws:TokenIssueTime        | 2024-05-01T12:00:00Z                   | 2024-05-01T11:59:59Z                  | true
          DateLessThan                     | aws:TokenIssueTime        | 2024-05-01T12:00:00Z                   | 2024-05-01T12:00:00Z                  | false
          DateLessThan                     | aws:TokenIssueTime        | 2024-05-01T12:00:00Z                   | <absent>                              | false
          DateLessThan                     | aws:CurrentTime           | 2024-05-02                             | 2024-05-01T23:59:59Z                  | true
          DateLessThanEquals               | aws:TokenIssueTime        | 2024-05-01T12:00:00Z                   | 2024-05-01T12:00:00Z                  | true
          DateGreaterThan                  | aws:CurrentTime           | 2024-05-01T12:00:00Z                   | 2024-05-01T12:00:01Z                  | true
          DateGreaterThan                  | aws:CurrentTime           | 2024-05-01T12:00:00Z                   | not-a-date                            | false
          DateGreaterThanEquals            | aws:CurrentTime           | 2024-05-01T12:00:00Z                   | 2024-05-01T12:00:00Z                  | true
          DateGreaterThanIfExists          | aws:CurrentTime           | 2024-05-01T12:00:00Z                   | <absent>                              | true
          Bool                             | aws:MultiFactorAuthPresent | true                                  | true                                  | true
          Bool                             | aws:MultiFactorAuthPresent | true                                  | false                                 | false
          Bool                             | aws:MultiFactorAuthPresent | true                                  | <absent>                              | false
          BoolIfExists                     | aws:MultiFactorAuthPresent | false                                 | <absent>                              | true
          BoolIfExists                     | aws:MultiFactorAuthPresent | false                                 | false                                 | true
          BoolIfExists                     | aws:MultiFactorAuthPresent | false                                 | true                                  | false
          BinaryEquals                     | aws:SecureTransport       | dHJ1ZQ==                               | dHJ1ZQ==                              | true
          IpAddress                        | aws:SourceIp              | 203.0.113.0/24                         | 203.0.113.7                           | true
          IpAddress                        | aws:SourceIp              | 203.0.113.0/24                         | 198.51.100.7                          | false
          IpAddress                        | aws:SourceIp              | 203.0.113.7                            | 203.0.113.7                           | true
          IpAddress                        | aws:SourceIp              | 10.0.0.0/8,192.0.2.0/24                | 192.0.2.55                            | true
          IpAddress                        | aws:SourceIp              | 2001:db8::/32                          | 2001:db8:1::5                         | true
          IpAddress                        | aws:SourceIp              | 2001:db8::/32                          | 2001:db9::5                           | false
          IpAddress                        | aws:SourceIp              | 203.0.113.0/24                         | 2001:db8::1                           | false
          IpAddress                        | aws:SourceIp              | 203.0.113.0/24                         | <absent>                              | false
          IpAddressIfExists                | aws:SourceIp              | 203.0.113.0/24                         | <absent>                              | true
          NotIpAddress                     | aws:SourceIp              | 203.0.113.0/24                         | 198.51.100.7                          | true
          NotIpAddress                     | aws:SourceIp              | 203.0.113.0/24                         | 203.0.113.7                           | false
          NotIpAddress                     | aws:SourceIp              | 203.0.113.0/24                         | <absent>                              | true
          NotIpAddress                     | aws:SourceIp              | 203.0.113.0/24                         | example.com                           | true
          Null                             | aws:TokenIssueTime        | true                                   | <absent>                              | true
          Null                             | aws:TokenIssueTime        | true                                   | 2024-05-01T00:00:00Z                  | false
          Null                             | aws:TokenIssueTime        | false                                  | <absent>                              | false
          Null                             | aws:TokenIssueTime        | false                                  | 2024-05-01T00:00:00Z                  | true
          ForAnyValue:StringEquals         | aws:TagKeys               | team,owner                             | env,team                              | true
          ForAnyValue:StringEquals         | aws:TagKeys               | team,owner                             | env,cost                              | false
          ForAnyValue:StringEquals         | aws:TagKeys               | team                                   | <absent>                              | false
          ForAnyValue:StringEqualsIfExists | aws:TagKeys               | team                                   | <absent>                              | true
          ForAnyValue:StringNotEquals      | aws:TagKeys               | team                                   | team,env                              | true
          ForAnyValue:StringNotEquals      | aws:TagKeys               | team                                   | team                                  | false
          ForAnyValue:StringNotEquals      | aws:TagKeys               | team                                   | <absent>                              | false
          ForAnyValue:StringLike           | aws:TagKeys               | team/*                                 | env,team/a                            | true
          ForAllValues:StringEquals        | aws:TagKeys               | team,owner                             | owner,team                            | true
          ForAllValues:StringEquals        | aws:TagKeys               | team,owner                             | team,env                              | false
          ForAllValues:StringEquals        | aws:TagKeys               | team                                   | <absent>                              | true
          ForAllValues:StringLike          | aws:TagKeys               | team*,owner                            | team-a,owner                          | true
          ForAllValues:StringNotEquals     | aws:TagKeys               | team                                   | env,cost                              | true
          ForAllValues:StringNotEquals     | aws:TagKeys               | team                                   | env,team                              | false
          ForAllValues:StringNotEquals     | aws:TagKeys               | team                                   | <absent>                              | true
          ForAllValues:NumericLessThan     | aws:Sizes                 | 10                                     | 1,2,9                                 | true
          ForAllValues:NumericLessThan     | aws:Sizes                 | 10                                     | 1,20                                  | false
          foranyvalue:stringequalsifexists | aws:TagKeys               | team                                   | team                                  | true
          """)
  void decides(
      String operator, String key, String policyValues, String requestValues, boolean holds) {
    ObjectNode policy = JSON.createObjectNode().put("Version", "2012-10-17");
    ObjectNode statement =
        policy
            .putObject("Statement")
            .put("Effect", "Allow")
            .put("Action", "*")
            .put("Resource", "*");
    statement
        .putObject("Condition")
        .putObject(operator)
        .set(key, JSON.valueToTree(List.of(policyValues.split(","))));
    Map<String, List<String>> keys =
        requestValues.equals("<absent>")
            ? Map.of()
            : Map.of(key, Arrays.asList(requestValues.split(",")));

    Decision decision =
        PolicyEvaluator.evaluate(
            new RequestContext("iam:GetUser", "*", keys),
            List.of(
                new AppliedPolicy(
                    "test", PolicyKind.IDENTITY, PolicyDocument.parse(policy.toString()))));

    assertThat(decision.allowed()).isEqualTo(holds);
  }
}
