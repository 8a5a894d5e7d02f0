package io.firedrill.injector.cleanup;

import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.PolicyVersion;

/** Puts a managed policy's old default version back, and deletes the versions added since. */
final class PolicyVersions {

  private PolicyVersions() {}

  static void restore(IamClient iam, String policyArn, Map<String, String> details) {
    String previous = details.get("defaultVersion");
    Set<String> existing = Set.of(details.getOrDefault("existing", "").split(","));
    iam.setDefaultPolicyVersion(r -> r.policyArn(policyArn).versionId(previous));
    for (PolicyVersion version : iam.listPolicyVersions(r -> r.policyArn(policyArn)).versions()) {
      if (!existing.contains(version.versionId())) {
        iam.deletePolicyVersion(r -> r.policyArn(policyArn).versionId(version.versionId()));
      }
    }
  }
}
