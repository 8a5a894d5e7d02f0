package io.firedrill.sandbox.iam;

import io.firedrill.sandbox.auth.Authorizer;
import io.firedrill.sandbox.auth.Caller;
import io.firedrill.sandbox.iam.Permissions.Kind;
import io.firedrill.sandbox.policy.AccessDeniedMessage;
import io.firedrill.sandbox.policy.AppliedPolicy;
import io.firedrill.sandbox.policy.Decision;
import io.firedrill.sandbox.policy.Effect;
import io.firedrill.sandbox.policy.MalformedPolicyException;
import io.firedrill.sandbox.policy.PolicyDocument;
import io.firedrill.sandbox.policy.PolicyEvaluator;
import io.firedrill.sandbox.policy.PolicyKind;
import io.firedrill.sandbox.policy.RequestContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Authorizes every request against the caller's IAM policies, as AWS does within one account.
 *
 * <p>An IAM user is governed by its attached and inline policies, its groups' attached and inline
 * policies, and its permissions boundary; a role session by the role's attached and inline
 * policies, its boundary, and the session policy it was created with. {@code sts:AssumeRole} also
 * needs the role's trust policy: a trust statement that names the caller allows on its own, one
 * that names the caller's account needs the caller's own policies to allow too. The account's root
 * user may do anything but assume a role.
 */
public final class IamAuthorizer implements Authorizer {

  private static final String ASSUME_ROLE = "sts:AssumeRole";
  private static final String DENY_ALL =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"*\","
          + "\"Resource\":\"*\"}]}";

  private final IamStore store;
  // Policy documents are parsed once; they are immutable and keyed by their exact text.
  private final Map<String, PolicyDocument> parsed = new ConcurrentHashMap<>();

  public IamAuthorizer(IamStore store) {
    this.store = store;
  }

  @Override
  public Authorizer.Verdict authorize(AccessRequest request) {
    Caller caller = request.caller();
    if (caller.isRoot()) {
      // A standalone account's root user is not subject to identity policies; the one thing AWS
      // refuses it is assuming a role, whatever the trust policy says.
      return request.action().equalsIgnoreCase(ASSUME_ROLE)
          ? Authorizer.Verdict.deny("Roles may not be assumed by root accounts.")
          : Authorizer.Verdict.ALLOW;
    }
    RequestContext context =
        new RequestContext(request.action(), request.resource(), ConditionKeys.of(request));
    Decision decision = PolicyEvaluator.evaluate(context, policiesOf(caller));
    if (request.action().equalsIgnoreCase(ASSUME_ROLE)) {
      return assumeRole(caller, context, decision);
    }
    return decision.allowed()
        ? Authorizer.Verdict.ALLOW
        : Authorizer.Verdict.deny(AccessDeniedMessage.of(caller.arn(), context, decision));
  }

  /** The policies in force for a caller, in the order AWS's messages would name them. */
  List<AppliedPolicy> policiesOf(Caller caller) {
    List<AppliedPolicy> policies = new ArrayList<>();
    if (caller.isUser()) {
      Optional<IamUser> user = store.findUser(caller.userName());
      if (user.isEmpty() || !user.get().userId().equals(caller.principalId())) {
        return policies; // deleted, or deleted and created again: a new user with no rights
      }
      entity(policies, Kind.USER, user.get().name(), user.get().arn());
      for (IamGroup group : store.groups().groupsOf(user.get().name())) {
        entity(policies, Kind.GROUP, group.name(), group.arn());
      }
      boundary(policies, Kind.USER, user.get().name());
    } else {
      Caller.Issuer issuer = caller.session().issuer();
      Optional<IamRole> role = store.roles().byArn(issuer.arn());
      if (role.isEmpty() || !role.get().roleId().equals(issuer.principalId())) {
        return policies;
      }
      entity(policies, Kind.ROLE, role.get().name(), role.get().arn());
      boundary(policies, Kind.ROLE, role.get().name());
    }
    if (caller.session() != null) {
      for (String policy : caller.session().policies()) {
        policies.add(
            new AppliedPolicy(
                caller.arn() + " (session policy)", PolicyKind.SESSION, document(policy)));
      }
    }
    return policies;
  }

  private Authorizer.Verdict assumeRole(Caller caller, RequestContext context, Decision identity) {
    if (identity.effect() == Effect.EXPLICIT_DENY) {
      return Authorizer.Verdict.deny(AccessDeniedMessage.of(caller.arn(), context, identity));
    }
    TrustPolicy.Grant grant =
        store
            .roles()
            .byArn(context.resource())
            .map(
                role ->
                    TrustPolicy.parse(role.trustPolicy(), store.accountId(), arn -> true)
                        .evaluate(caller, context, role.arn() + " (trust policy)"))
            .orElse(TrustPolicy.Grant.NONE);
    boolean allowed =
        grant == TrustPolicy.Grant.DIRECT
            || (grant == TrustPolicy.Grant.ACCOUNT && identity.allowed());
    if (allowed) {
      return Authorizer.Verdict.ALLOW;
    }
    if (grant == TrustPolicy.Grant.ACCOUNT) {
      return Authorizer.Verdict.deny(AccessDeniedMessage.of(caller.arn(), context, identity));
    }
    // Refused by the role's trust policy: AWS's message then names no policy type.
    return Authorizer.Verdict.deny(
        "User: "
            + caller.arn()
            + " is not authorized to perform: "
            + ASSUME_ROLE
            + " on resource: "
            + context.resource());
  }

  private void entity(List<AppliedPolicy> policies, Kind kind, String name, String arn) {
    Permissions permissions = store.permissions();
    for (String policyArn : permissions.attached(kind, name)) {
      store
          .policies()
          .find(policyArn)
          .ifPresent(
              policy ->
                  policies.add(
                      new AppliedPolicy(
                          policyArn,
                          PolicyKind.IDENTITY,
                          document(policy.defaultVersion().document()))));
    }
    for (Map.Entry<String, String> inline : permissions.inlines(kind, name).entrySet()) {
      policies.add(
          new AppliedPolicy(
              arn + " (inline: " + inline.getKey() + ")",
              PolicyKind.IDENTITY,
              document(inline.getValue())));
    }
  }

  private void boundary(List<AppliedPolicy> policies, Kind kind, String name) {
    String boundaryArn = store.permissions().boundary(kind, name);
    if (boundaryArn != null) {
      store
          .policies()
          .find(boundaryArn)
          .ifPresent(
              policy ->
                  policies.add(
                      new AppliedPolicy(
                          boundaryArn,
                          PolicyKind.PERMISSIONS_BOUNDARY,
                          document(policy.defaultVersion().document()))));
    }
  }

  // Every stored document was validated when it was stored; one that no longer parses (the
  // policy engine grew stricter) must not let a request through, so it becomes deny-all.
  private PolicyDocument document(String json) {
    return parsed.computeIfAbsent(
        json,
        text -> {
          try {
            return PolicyDocument.parse(text);
          } catch (MalformedPolicyException e) {
            return PolicyDocument.parse(DENY_ALL);
          }
        });
  }
}
