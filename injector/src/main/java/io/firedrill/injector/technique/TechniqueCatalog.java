package io.firedrill.injector.technique;

import io.firedrill.injector.technique.collection.S3GetObjectSweep;
import io.firedrill.injector.technique.defenseevasion.CloudTrailDelete;
import io.firedrill.injector.technique.defenseevasion.CloudTrailEventSelectors;
import io.firedrill.injector.technique.defenseevasion.CloudTrailRedirectBucket;
import io.firedrill.injector.technique.defenseevasion.CloudTrailStop;
import io.firedrill.injector.technique.defenseevasion.GuardDutyDeleteDetector;
import io.firedrill.injector.technique.defenseevasion.GuardDutyDisable;
import io.firedrill.injector.technique.defenseevasion.VpcDeleteFlowLogs;
import io.firedrill.injector.technique.discovery.CloudTrailDescribeTrails;
import io.firedrill.injector.technique.discovery.Ec2DescribeInstances;
import io.firedrill.injector.technique.discovery.GuardDutyListDetectors;
import io.firedrill.injector.technique.discovery.IamGetAccountAuthorizationDetails;
import io.firedrill.injector.technique.discovery.IamListRoles;
import io.firedrill.injector.technique.discovery.IamListUsers;
import io.firedrill.injector.technique.discovery.S3ListBuckets;
import io.firedrill.injector.technique.discovery.StsGetCallerIdentity;
import io.firedrill.injector.technique.exfiltration.Ec2OpenPort22Ingress;
import io.firedrill.injector.technique.exfiltration.Ec2ShareSnapshot;
import io.firedrill.injector.technique.exfiltration.S3BucketPolicyPublic;
import io.firedrill.injector.technique.impact.Ec2ComputeHijack;
import io.firedrill.injector.technique.impact.Ec2RunInstancesBurst;
import io.firedrill.injector.technique.persistence.IamBackdoorRoleTrust;
import io.firedrill.injector.technique.persistence.IamBackdoorUser;
import io.firedrill.injector.technique.persistence.IamCreateAdminUser;
import io.firedrill.injector.technique.persistence.IamCreateBackdoorRole;
import io.firedrill.injector.technique.persistence.IamCreateLoginProfile;
import io.firedrill.injector.technique.privilegeescalation.IamAttachAdminPolicySelf;
import io.firedrill.injector.technique.privilegeescalation.IamCreatePolicyVersion;
import io.firedrill.injector.technique.privilegeescalation.IamPutUserPolicySelf;
import java.util.List;
import java.util.Optional;

/**
 * Every technique firedrill can play. Registered here, in one explicit list, so that a technique
 * can never be dropped silently by a forgotten registration elsewhere.
 */
public final class TechniqueCatalog {

  private static final List<Technique<?>> ALL =
      List.of(
          new StsGetCallerIdentity(),
          new IamListUsers(),
          new IamListRoles(),
          new IamGetAccountAuthorizationDetails(),
          new CloudTrailDescribeTrails(),
          new Ec2DescribeInstances(),
          new GuardDutyListDetectors(),
          new S3ListBuckets(),
          new CloudTrailStop(),
          new CloudTrailDelete(),
          new CloudTrailEventSelectors(),
          new CloudTrailRedirectBucket(),
          new GuardDutyDisable(),
          new GuardDutyDeleteDetector(),
          new VpcDeleteFlowLogs(),
          new Ec2OpenPort22Ingress(),
          new Ec2ShareSnapshot(),
          new S3BucketPolicyPublic(),
          new S3GetObjectSweep(),
          new IamCreateAdminUser(),
          new IamBackdoorUser(),
          new IamCreateLoginProfile(),
          new IamCreateBackdoorRole(),
          new IamBackdoorRoleTrust(),
          new IamAttachAdminPolicySelf(),
          new IamPutUserPolicySelf(),
          new IamCreatePolicyVersion(),
          new Ec2RunInstancesBurst(),
          new Ec2ComputeHijack());

  private TechniqueCatalog() {}

  public static List<Technique<?>> all() {
    return ALL;
  }

  public static Optional<Technique<?>> find(String id) {
    return ALL.stream().filter(t -> t.id().equals(id)).findFirst();
  }
}
