package io.firedrill.injector.guardrail;

import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.Tag;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.AccessDeniedException;
import software.amazon.awssdk.services.organizations.model.AwsOrganizationsNotInUseException;
import software.amazon.awssdk.services.organizations.model.Organization;

/**
 * What the account itself must show before firedrill plays in it: that it is not the management
 * account of an AWS Organization (whose mistakes reach every account of the organization), and that
 * someone marked it as a sandbox. Both only read.
 */
public final class AccountChecks {

  /** The IAM role whose tag marks an account as a firedrill sandbox. */
  public static final String MARKER_ROLE = "firedrill-sandbox";

  /** The marker role's tag key; its value must be {@value #MARKER_VALUE}. */
  public static final String MARKER_TAG = "firedrill:sandbox";

  public static final String MARKER_VALUE = "true";

  private AccountChecks() {}

  /**
   * Refuses the management account of an organization.
   *
   * @return what was found, for the journal: no organization, a member account, or an account that
   *     may not look
   * @throws TargetRefusedException when {@code account} manages the organization it is in
   */
  public static String organization(OrganizationsClient organizations, String account) {
    Organization org;
    try {
      org = organizations.describeOrganization().organization();
    } catch (AwsOrganizationsNotInUseException e) {
      return "account " + account + " is in no AWS Organization";
    } catch (AccessDeniedException e) {
      // Member accounts commonly may not describe their organization; a management account can.
      return "account "
          + account
          + " may not call organizations:DescribeOrganization (AccessDenied): taken for a member"
          + " account";
    } catch (SdkException e) {
      throw new TargetRefusedException(
          "cannot tell whether account "
              + account
              + " manages an AWS Organization: "
              + e.getMessage()
              + "; nothing was injected");
    }
    if (account.equals(org.masterAccountId())) {
      throw new TargetRefusedException(
          "account "
              + account
              + " is the management account of AWS Organization "
              + org.id()
              + "; firedrill never plays in a management account: use a member account set aside"
              + " as a sandbox; nothing was injected");
    }
    return "account " + account + " is a member of AWS Organization " + org.id();
  }

  /**
   * Refuses an account without the sandbox marker: the role {@value #MARKER_ROLE} tagged {@value
   * #MARKER_TAG}={@value #MARKER_VALUE}.
   *
   * @throws TargetRefusedException when the role or its tag is missing, or cannot be read
   */
  public static void sandboxMarker(IamClient iam, String account) {
    Map<String, String> tags;
    try {
      tags =
          iam.listRoleTags(r -> r.roleName(MARKER_ROLE)).tags().stream()
              .collect(Collectors.toMap(Tag::key, Tag::value, (a, b) -> b));
    } catch (NoSuchEntityException e) {
      throw new TargetRefusedException(missing(account, "has no IAM role " + MARKER_ROLE));
    } catch (SdkException e) {
      throw new TargetRefusedException(
          missing(account, "does not let firedrill read the tags of role " + MARKER_ROLE)
              + " ("
              + e.getMessage()
              + ")");
    }
    if (!MARKER_VALUE.equals(tags.get(MARKER_TAG))) {
      throw new TargetRefusedException(
          missing(
              account,
              "has the role "
                  + MARKER_ROLE
                  + " but "
                  + (tags.containsKey(MARKER_TAG)
                      ? "its tag " + MARKER_TAG + " is '" + tags.get(MARKER_TAG) + "'"
                      : "without the tag " + MARKER_TAG)));
    }
  }

  private static String missing(String account, String what) {
    return "account "
        + account
        + " "
        + what
        + ", so it is not marked as a firedrill sandbox (the role "
        + MARKER_ROLE
        + " tagged "
        + MARKER_TAG
        + "="
        + MARKER_VALUE
        + "; 'firedrill sandbox provision' creates it); nothing was injected";
  }
}
