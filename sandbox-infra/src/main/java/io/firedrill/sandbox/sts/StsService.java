package io.firedrill.sandbox.sts;

import io.firedrill.sandbox.api.ApiCall;
import io.firedrill.sandbox.api.EventResource;
import io.firedrill.sandbox.api.Operation;
import io.firedrill.sandbox.api.Outcome;
import io.firedrill.sandbox.api.Protocol;
import io.firedrill.sandbox.api.ResourceRef;
import io.firedrill.sandbox.api.ServiceDefinition;
import io.firedrill.sandbox.auth.AccessKeyIds;
import io.firedrill.sandbox.auth.Caller;
import io.firedrill.sandbox.auth.Credential;
import io.firedrill.sandbox.iam.IamRole;
import io.firedrill.sandbox.iam.IamStore;
import io.firedrill.sandbox.wire.RequestParameters;
import io.firedrill.sandbox.wire.Xml;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * STS's query API (version 2011-06-15): who am I, role sessions, an IAM user's own sessions, and
 * which account a key belongs to.
 */
public final class StsService {

  /** Role chaining caps a session at one hour, whatever the role allows. */
  static final int CHAINED_MAX = 3600;

  private final IamStore iam;
  private final SessionStore sessions;

  public StsService(IamStore iam, SessionStore sessions) {
    this.iam = iam;
    this.sessions = sessions;
  }

  /** The service as the gateway routes to it. */
  public ServiceDefinition definition() {
    return ServiceDefinition.of(
        "sts",
        "sts.amazonaws.com",
        Protocol.QUERY,
        "https://sts.amazonaws.com/doc/2011-06-15/",
        "2011-06-15",
        List.of(
            // No policy can stop a caller from learning who it is, on AWS either.
            Operation.read("GetCallerIdentity", StsService::getCallerIdentity).alwaysAllowed(),
            Operation.read("AssumeRole", this::assumeRole)
                .on(call -> call.param("RoleArn") == null ? "*" : call.param("RoleArn"))
                .withoutInputWhenDenied(),
            Operation.read("GetSessionToken", this::getSessionToken),
            Operation.read("GetAccessKeyInfo", StsService::getAccessKeyInfo)));
  }

  /**
   * The role session EC2 delivers to an instance through its metadata service: a session of {@code
   * roleArn} named after the instance, valid six hours as EC2's are. It is issued as EC2 issues it,
   * outside any caller's API call, so no event records it.
   *
   * @return empty when there is no role {@code roleArn}
   */
  public java.util.Optional<Credential> instanceSession(
      String roleArn, String instanceId, Instant now) {
    return iam.roleByArn(roleArn)
        .map(
            role -> {
              Instant issued = now.truncatedTo(ChronoUnit.SECONDS);
              String account = iam.accountId();
              Caller.Session session =
                  new Caller.Session(
                      issued,
                      false,
                      new Caller.Issuer("Role", role.roleId(), role.arn(), account, role.name()),
                      List.of());
              return sessions.issue(
                  keyId ->
                      new Caller(
                          Caller.ASSUMED_ROLE,
                          instanceId,
                          role.roleId() + ":" + instanceId,
                          "arn:aws:sts::"
                              + account
                              + ":assumed-role/"
                              + role.name()
                              + "/"
                              + instanceId,
                          account,
                          keyId,
                          session),
                  issued.plusSeconds(6 * 3600));
            });
  }

  // CloudTrail records GetCallerIdentity with null requestParameters and responseElements.
  private static Outcome getCallerIdentity(ApiCall call) {
    Caller caller = call.caller();
    return Outcome.xml(
        new Xml()
            .element("Arn", caller.arn())
            .element("UserId", caller.principalId())
            .element("Account", caller.accountId())
            .toString());
  }

  private Outcome assumeRole(ApiCall call) {
    StsParams.Request request = StsParams.assumeRole(call, iam);
    Caller caller = call.caller();
    IamRole role =
        iam.roleByArn(request.roleArn())
            .orElseThrow(
                () ->
                    StsErrors.accessDenied(
                        "User: "
                            + caller.arn()
                            + " is not authorized to perform: sts:AssumeRole on resource: "
                            + request.roleArn()));
    int duration = request.durationSeconds();
    if (caller.type().equals(Caller.ASSUMED_ROLE) && duration > CHAINED_MAX) {
      throw StsErrors.validation(
          "The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by"
              + " role chaining.");
    }
    if (duration > role.maxSessionDuration()) {
      throw StsErrors.validation(
          "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.");
    }
    Instant issued = call.time().truncatedTo(ChronoUnit.SECONDS);
    String account = iam.accountId();
    Caller.Session session =
        new Caller.Session(
            issued,
            false,
            new Caller.Issuer("Role", role.roleId(), role.arn(), account, role.name()),
            request.sessionPolicies());
    String name = request.sessionName();
    Credential credential =
        sessions.issue(
            keyId ->
                new Caller(
                    Caller.ASSUMED_ROLE,
                    name,
                    role.roleId() + ":" + name,
                    "arn:aws:sts::" + account + ":assumed-role/" + role.name() + "/" + name,
                    account,
                    keyId,
                    session),
            issued.plusSeconds(duration));
    Xml xml = new Xml();
    StsRecords.credentials(xml, credential);
    StsRecords.assumedRoleUser(xml, credential.caller());
    xml.element("PackedPolicySize", request.packedPolicySize());
    // CloudTrail records the duration in force, even when the client left it to the default.
    JsonNode recorded = RequestParameters.fromQuery(call.params());
    if (recorded instanceof ObjectNode parameters && !parameters.has("durationSeconds")) {
      parameters.put("durationSeconds", duration);
    }
    return Outcome.xml(xml.toString())
        .recording(StsRecords.assumeRole(credential, request.packedPolicySize()))
        .recordingRequest(recorded)
        .about(
            new ResourceRef("AWS::IAM::AccessKey", credential.accessKeyId()),
            new ResourceRef("AWS::STS::AssumedRole", credential.caller().arn()),
            new ResourceRef("AWS::IAM::Role", role.arn()))
        .listing(new EventResource(role.arn(), account, "AWS::IAM::Role"));
  }

  private Outcome getSessionToken(ApiCall call) {
    Caller caller = call.caller();
    if (caller.temporary()) {
      throw StsErrors.accessDenied("Cannot call GetSessionToken with session credentials");
    }
    int duration = StsParams.duration(call, 129_600, 43_200);
    if (call.param("SerialNumber") != null || call.param("TokenCode") != null) {
      // The sandbox has no MFA devices, so no code can be valid.
      throw StsErrors.accessDenied(
          "MultiFactorAuthentication failed with invalid MFA one time pass code.");
    }
    Instant issued = call.time().truncatedTo(ChronoUnit.SECONDS);
    Caller.Session session = new Caller.Session(issued, false, null, List.of());
    Credential credential =
        sessions.issue(
            keyId ->
                // An IAM user's session, or the root user's: the identity keeps its type.
                new Caller(
                    caller.type(),
                    caller.userName(),
                    caller.principalId(),
                    caller.arn(),
                    caller.accountId(),
                    keyId,
                    session),
            issued.plusSeconds(duration));
    Xml xml = new Xml();
    StsRecords.credentials(xml, credential);
    return Outcome.xml(xml.toString())
        .recording(StsRecords.getSessionToken(credential))
        .about(
            new ResourceRef("AWS::IAM::AccessKey", credential.accessKeyId()),
            new ResourceRef("AWS::IAM::User", caller.userName()));
  }

  // The account is read from the key id itself, as STS does: no lookup, any account's key.
  private static Outcome getAccessKeyInfo(ApiCall call) {
    String keyId = call.param("AccessKeyId");
    if (keyId == null) {
      throw StsErrors.missing("accessKeyId");
    }
    if (keyId.length() < 16 || keyId.length() > 128 || !keyId.matches("\\w*")) {
      throw StsErrors.invalid(
          "accessKeyId",
          keyId,
          "Member must satisfy regular expression pattern: [\\w]* and have length between 16 and"
              + " 128");
    }
    OptionalLong account = AccessKeyIds.accountOf(keyId);
    if (account.isEmpty()) {
      throw StsErrors.validation("The access key ID " + keyId + " is not valid.");
    }
    return Outcome.xml(
        new Xml().element("Account", String.format("%012d", account.getAsLong())).toString());
  }
}
