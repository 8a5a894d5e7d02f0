package io.firedrill.injector.guardrail;

import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Asks AWS which account the credentials reach and refuses any account or region off the
 * allow-lists. There is no default: an empty account allow-list allows nothing.
 *
 * @param accounts the account ids injects may go to
 * @param regions the regions injects may go to
 */
public record Guardrail(Set<String> accounts, Set<String> regions) {

  public Guardrail {
    accounts = Set.copyOf(accounts);
    regions = Set.copyOf(regions);
  }

  /**
   * @return the account the credentials reach
   * @throws TargetRefusedException saying why, when the account or region is not allowed
   */
  public String check(StsClient sts, String region) {
    if (!regions.contains(region)) {
      throw new TargetRefusedException(
          "region "
              + region
              + " is not on the region allow-list "
              + new TreeSet<>(regions)
              + "; nothing was injected");
    }
    String account;
    try {
      account = sts.getCallerIdentity().account();
    } catch (SdkException e) {
      throw new TargetRefusedException(
          "cannot tell which account the credentials reach: " + e.getMessage());
    }
    if (!accounts.contains(account)) {
      throw new TargetRefusedException(
          "account "
              + account
              + " is not on the account allow-list "
              + new TreeSet<>(accounts)
              + "; nothing was injected");
    }
    return account;
  }
}
