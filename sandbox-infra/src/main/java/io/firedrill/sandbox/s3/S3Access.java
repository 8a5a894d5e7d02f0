package io.firedrill.sandbox.s3;

import io.firedrill.sandbox.auth.Authorizer;
import io.firedrill.sandbox.auth.Caller;
import io.firedrill.sandbox.policy.Effect;
import io.firedrill.sandbox.policy.RequestContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether a caller may perform an S3 action, as S3 decides within one account: the caller's IAM
 * policies (the sandbox's authorizer), the bucket policy, and public ACL grants, with the bucket's
 * Block Public Access settings applied. An explicit deny anywhere denies; otherwise an allow from
 * IAM or from a bucket-policy statement that names the caller suffices. An anonymous caller has no
 * IAM policies: only a public bucket policy or a public ACL lets it in, and only while no public
 * access block setting says otherwise.
 */
final class S3Access {

  private final Authorizer authorizer;
  private final S3Store store;

  S3Access(Authorizer authorizer, S3Store store) {
    this.authorizer = authorizer;
    this.store = store;
  }

  /** What the decision needs of a bucket, read under the store's lock. */
  private record Settings(
      String policy, PublicAccessBlock block, List<Grant> bucketAcl, List<Grant> objectAcl) {}

  /** Throws AccessDenied (or NoSuchBucket, to an anonymous caller) unless the call may go ahead. */
  void check(S3Operation operation, S3Call call, String resource, String sourceIp) {
    Caller caller = call.caller();
    Settings settings =
        call.bucket() == null
            ? null
            : store
                .ifExists(
                    call.bucket(),
                    b -> {
                      StoredObject object = call.key() == null ? null : b.objects.get(call.key());
                      return new Settings(
                          b.policy,
                          b.publicAccessBlock == null
                              ? new PublicAccessBlock(false, false, false, false)
                              : b.publicAccessBlock,
                          b.acl,
                          object == null ? List.of() : object.acl());
                    })
                .orElse(null);
    RequestContext context =
        new RequestContext(operation.action(), resource, keys(call, caller, sourceIp));
    if (caller == null) {
      if (settings == null) {
        throw call.bucket() == null
            ? S3Errors.accessDenied()
            : S3Errors.noSuchBucket(call.bucket());
      }
      Effect byPolicy =
          settings.policy == null
              ? Effect.IMPLICIT_DENY
              : BucketPolicy.parse(settings.policy, call.bucket())
                  .evaluate(List.of(), null, context, !settings.block.restrictPublicBuckets());
      if (byPolicy == Effect.ALLOW
          || (byPolicy != Effect.EXPLICIT_DENY && publicAclAllows(operation, settings))) {
        return;
      }
      throw S3Errors.accessDenied();
    }
    Authorizer.Verdict identity =
        authorizer.authorize(
            new Authorizer.AccessRequest(
                caller, operation.action(), resource, sourceIp, call.region(), call.time()));
    if (!identity.allowed() && identity.reason().contains("with an explicit deny")) {
      throw S3Errors.accessDenied(identity.reason());
    }
    Effect byPolicy = Effect.IMPLICIT_DENY;
    if (settings != null && settings.policy != null) {
      byPolicy =
          BucketPolicy.parse(settings.policy, call.bucket())
              .evaluate(
                  identities(caller),
                  "arn:aws:iam::" + caller.accountId() + ":root",
                  context,
                  true);
    }
    if (byPolicy == Effect.EXPLICIT_DENY) {
      throw S3Errors.accessDenied(
          "User: "
              + caller.arn()
              + " is not authorized to perform: "
              + operation.action()
              + " on resource: \""
              + resource
              + "\" with an explicit deny in a resource-based"
              + " policy");
    }
    if (identity.allowed()
        || byPolicy == Effect.ALLOW
        || (settings != null && publicAclAllows(operation, settings))) {
      return;
    }
    throw S3Errors.accessDenied(identity.reason().isEmpty() ? "Access Denied" : identity.reason());
  }

  // Public ACL grants count unless IgnorePublicAcls is set: READ on the bucket lists it, READ on
  // an object reads it, WRITE on the bucket writes and deletes objects.
  private static boolean publicAclAllows(S3Operation operation, Settings settings) {
    if (settings.block.ignorePublicAcls()) {
      return false;
    }
    return switch (operation.action()) {
      case "s3:ListBucket" -> settings.bucketAcl.stream().anyMatch(g -> g.givesEveryone("READ"));
      case "s3:GetObject" -> settings.objectAcl.stream().anyMatch(g -> g.givesEveryone("READ"));
      case "s3:PutObject", "s3:DeleteObject" ->
          settings.bucketAcl.stream().anyMatch(g -> g.givesEveryone("WRITE"));
      default -> false;
    };
  }

  private static List<String> identities(Caller caller) {
    List<String> arns = new ArrayList<>();
    arns.add(caller.arn());
    if (caller.session() != null && caller.session().issuer() != null) {
      arns.add(caller.session().issuer().arn());
    }
    return arns;
  }

  private static Map<String, List<String>> keys(S3Call call, Caller caller, String sourceIp) {
    Map<String, List<String>> keys = new LinkedHashMap<>();
    if (sourceIp != null) {
      keys.put("aws:SourceIp", List.of(sourceIp));
    }
    keys.put("aws:SecureTransport", List.of("false"));
    keys.put(
        "aws:CurrentTime",
        List.of(call.time().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString()));
    keys.put("aws:EpochTime", List.of(String.valueOf(call.time().getEpochSecond())));
    keys.put("aws:RequestedRegion", List.of(call.region()));
    if (caller != null) {
      keys.put(
          "aws:PrincipalArn",
          List.of(
              caller.session() != null && caller.session().issuer() != null
                  ? caller.session().issuer().arn()
                  : caller.arn()));
      keys.put("aws:PrincipalAccount", List.of(caller.accountId()));
      keys.put("aws:userid", List.of(caller.principalId()));
      if (caller.isUser()) {
        keys.put("aws:username", List.of(caller.userName()));
      }
    }
    if (call.param("prefix") != null) {
      keys.put("s3:prefix", List.of(call.param("prefix")));
    }
    if (call.header("x-amz-acl") != null) {
      keys.put("s3:x-amz-acl", List.of(call.header("x-amz-acl")));
    }
    return keys;
  }
}
