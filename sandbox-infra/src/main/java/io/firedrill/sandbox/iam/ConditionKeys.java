package io.firedrill.sandbox.iam;

import io.firedrill.sandbox.auth.Authorizer.AccessRequest;
import io.firedrill.sandbox.auth.Caller;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The global condition keys of a request, as AWS sets them for each kind of caller. */
final class ConditionKeys {

  private ConditionKeys() {}

  static Map<String, List<String>> of(AccessRequest request) {
    Caller caller = request.caller();
    Map<String, List<String>> keys = new LinkedHashMap<>();
    if (request.sourceIp() != null) {
      keys.put("aws:SourceIp", List.of(request.sourceIp()));
    }
    keys.put("aws:CurrentTime", List.of(request.time().truncatedTo(ChronoUnit.SECONDS).toString()));
    keys.put("aws:EpochTime", List.of(String.valueOf(request.time().getEpochSecond())));
    keys.put("aws:PrincipalAccount", List.of(caller.accountId()));
    keys.put("aws:userid", List.of(caller.principalId()));
    keys.put("aws:RequestedRegion", List.of(request.region()));
    keys.put("aws:ViaAWSService", List.of("false"));
    if (caller.isUser()) {
      keys.put("aws:PrincipalArn", List.of(caller.arn()));
      keys.put("aws:PrincipalType", List.of("User"));
      keys.put("aws:username", List.of(caller.userName()));
    } else {
      // A role session's principal ARN is the role's, not the assumed-role ARN.
      keys.put("aws:PrincipalArn", List.of(caller.session().issuer().arn()));
      keys.put("aws:PrincipalType", List.of("AssumedRole"));
    }
    // AWS sets these only for temporary credentials: a long-term key carries neither.
    if (caller.session() != null) {
      keys.put("aws:TokenIssueTime", List.of(caller.session().issuedAt().toString()));
      keys.put(
          "aws:MultiFactorAuthPresent",
          List.of(String.valueOf(caller.session().mfaAuthenticated())));
    }
    return keys;
  }
}
