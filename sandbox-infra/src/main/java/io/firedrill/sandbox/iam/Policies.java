package io.firedrill.sandbox.iam;

import io.firedrill.sandbox.policy.ManagedPolicies;
import io.firedrill.sandbox.policy.PolicyDocument;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Managed policies: the account's own (customer managed) and the AWS managed ones the policy engine
 * ships, which every account can read and attach but none can change. Holds the {@link IamStore}'s
 * lock.
 *
 * <p>The AWS managed ones are presented with one version, {@code v1}, dated from the launch of
 * managed policies; the sandbox does not know their real version history.
 */
final class Policies {

  /** Versions one managed policy may keep: IAM's quota. */
  static final int MAX_VERSIONS = 5;

  /** The largest managed policy document, without whitespace: IAM's quota. */
  static final int MAX_DOCUMENT = 6144;

  private static final Instant AWS_MANAGED_DATE = Instant.parse("2015-02-06T18:39:46Z");
  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

  private final IamStore store;
  private final Map<String, ManagedPolicy> customer = new LinkedHashMap<>();
  private final Map<String, ManagedPolicy> awsManaged = new LinkedHashMap<>();

  Policies(IamStore store) {
    this.store = store;
    ManagedPolicies.all().forEach((arn, document) -> awsManaged.put(arn, awsPolicy(arn, document)));
  }

  /** The customer managed policies; the AWS managed ones come from the code. */
  List<ManagedPolicy> snapshot() {
    synchronized (store) {
      return List.copyOf(customer.values());
    }
  }

  void restore(List<ManagedPolicy> state) {
    synchronized (store) {
      customer.clear();
      state.forEach(policy -> customer.put(policy.arn(), policy));
    }
  }

  ManagedPolicy create(
      String name, String path, String description, String document, List<Tag> tags) {
    synchronized (store) {
      String arn = PolicyArn.of(store.accountId(), path, name);
      boolean taken = customer.values().stream().anyMatch(p -> p.name().equalsIgnoreCase(name));
      if (taken) {
        throw IamErrors.policyExists(name);
      }
      Instant now = store.now();
      ManagedPolicy policy =
          new ManagedPolicy(
              name,
              Ids.policyId(store.accountId()),
              arn,
              path,
              description,
              now,
              now,
              "v1",
              List.of(new ManagedPolicy.PolicyVersion("v1", document, now)),
              2,
              tags);
      customer.put(arn, policy);
      return policy;
    }
  }

  /** The policy an ARN names; NoSuchEntity when there is none. */
  ManagedPolicy policy(String arn) {
    return find(arn).orElseThrow(() -> IamErrors.noSuchPolicy(arn));
  }

  Optional<ManagedPolicy> find(String arn) {
    synchronized (store) {
      ManagedPolicy policy = customer.get(arn);
      return Optional.ofNullable(policy != null ? policy : awsManaged.get(arn));
    }
  }

  /** The policy, for attaching or as a boundary; IAM words a missing one differently here. */
  ManagedPolicy attachable(String arn) {
    PolicyArn.parse(arn);
    return find(arn).orElseThrow(() -> IamErrors.notAttachable(arn));
  }

  /** A customer managed policy, which unlike an AWS managed one may be changed. */
  ManagedPolicy changeable(String arn) {
    ManagedPolicy policy = policy(arn);
    if (policy.awsManaged()) {
      throw IamErrors.invalidInput("AWS managed policies cannot be modified: " + arn + ".");
    }
    return policy;
  }

  /** Every policy: AWS managed ones first, then the account's own, each in creation order. */
  List<ManagedPolicy> all() {
    synchronized (store) {
      List<ManagedPolicy> all = new ArrayList<>(awsManaged.values());
      all.addAll(customer.values());
      return all;
    }
  }

  void delete(String arn) {
    synchronized (store) {
      ManagedPolicy policy = changeable(arn);
      Permissions permissions = store.permissions();
      if (permissions.attachmentCount(arn) > 0 || permissions.boundaryCount(arn) > 0) {
        throw IamErrors.deleteConflict("Cannot delete a policy attached to entities.");
      }
      if (policy.versions().size() > 1) {
        throw IamErrors.deleteConflict(
            "This policy has more than one version. Before you delete a policy, you must delete"
                + " the policy's versions. The default version is deleted with the policy.");
      }
      customer.remove(arn);
    }
  }

  ManagedPolicy.PolicyVersion createVersion(String arn, String document, boolean setAsDefault) {
    synchronized (store) {
      ManagedPolicy policy = changeable(arn);
      if (policy.versions().size() >= MAX_VERSIONS) {
        throw IamErrors.versionQuota();
      }
      Instant now = store.now();
      ManagedPolicy.PolicyVersion version =
          new ManagedPolicy.PolicyVersion("v" + policy.nextVersion(), document, now);
      List<ManagedPolicy.PolicyVersion> versions = new ArrayList<>(policy.versions());
      versions.add(version);
      customer.put(
          arn,
          policy.withVersions(
              versions,
              setAsDefault ? version.versionId() : policy.defaultVersionId(),
              policy.nextVersion() + 1,
              setAsDefault ? now : policy.updated()));
      return version;
    }
  }

  ManagedPolicy.PolicyVersion version(String arn, String versionId) {
    synchronized (store) {
      ManagedPolicy.PolicyVersion version = policy(arn).version(versionId);
      if (version == null) {
        throw IamErrors.noSuchVersion(arn, versionId);
      }
      return version;
    }
  }

  void setDefault(String arn, String versionId) {
    synchronized (store) {
      ManagedPolicy policy = changeable(arn);
      if (policy.version(versionId) == null) {
        throw IamErrors.noSuchVersion(arn, versionId);
      }
      customer.put(
          arn,
          policy.withVersions(policy.versions(), versionId, policy.nextVersion(), store.now()));
    }
  }

  void deleteVersion(String arn, String versionId) {
    synchronized (store) {
      ManagedPolicy policy = changeable(arn);
      if (policy.version(versionId) == null) {
        throw IamErrors.noSuchVersion(arn, versionId);
      }
      if (policy.defaultVersionId().equals(versionId)) {
        throw IamErrors.deleteConflict("Cannot delete the default version of a policy.");
      }
      List<ManagedPolicy.PolicyVersion> kept =
          policy.versions().stream().filter(v -> !v.versionId().equals(versionId)).toList();
      customer.put(
          arn,
          policy.withVersions(
              kept, policy.defaultVersionId(), policy.nextVersion(), policy.updated()));
    }
  }

  private static ManagedPolicy awsPolicy(String arn, PolicyDocument document) {
    PolicyArn parsed = PolicyArn.parse(arn);
    return new ManagedPolicy(
        parsed.name(),
        stableId(arn),
        arn,
        parsed.path(),
        null,
        AWS_MANAGED_DATE,
        AWS_MANAGED_DATE,
        "v1",
        List.of(new ManagedPolicy.PolicyVersion("v1", document.json(), AWS_MANAGED_DATE)),
        2,
        List.of());
  }

  // An AWS managed policy has the same id in every account; derive one from its ARN.
  private static String stableId(String arn) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(arn.getBytes(StandardCharsets.UTF_8));
      StringBuilder id = new StringBuilder("ANPA");
      for (int i = 0; i < 17; i++) {
        id.append(BASE32.charAt(hash[i] & 31));
      }
      return id.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
