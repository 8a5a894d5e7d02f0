package io.firedrill.features;

import java.net.URI;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where the features play: the embedded sandbox (the default, and all {@code mvn verify} needs), a
 * LocalStack started by {@link OtherTargetsTest}, or an account reached at an endpoint with the
 * environment's credentials. Chosen with {@code FIREDRILL_TARGET} (or {@code -Dfiredrill.target}).
 *
 * @param endpoint null for the embedded sandbox
 * @param allowedAccounts the accounts the run may change (the guardrail's allow-list)
 */
record Target(String name, URI endpoint, Set<String> allowedAccounts) {

  static final String EMBEDDED = "embedded";
  static final String LOCALSTACK = "localstack";
  static final String ACCOUNT = "account";

  /** The target the environment names; an endpoint target is usable only when fully configured. */
  static Target current() {
    String name = Settings.setting("firedrill.target", "FIREDRILL_TARGET");
    if (name == null || name.equals(EMBEDDED)) {
      return new Target(EMBEDDED, null, Set.of());
    }
    String endpoint = Settings.setting("firedrill.endpoint", "FIREDRILL_ENDPOINT");
    String accounts = Settings.setting("firedrill.allowed.accounts", "FIREDRILL_ALLOWED_ACCOUNTS");
    return new Target(
        name,
        endpoint == null ? null : URI.create(endpoint),
        accounts == null
            ? Set.of()
            : Arrays.stream(accounts.split(",")).map(String::trim).collect(Collectors.toSet()));
  }

  /** Why the features cannot play here, or null when they can. */
  String unusable() {
    if (name.equals(EMBEDDED)) {
      return null;
    }
    if (!name.equals(LOCALSTACK) && !name.equals(ACCOUNT)) {
      return "unknown FIREDRILL_TARGET '" + name + "'; expected embedded, localstack or account";
    }
    if (endpoint == null) {
      return "FIREDRILL_TARGET="
          + name
          + " needs FIREDRILL_ENDPOINT, the endpoint of the account to play in";
    }
    if (allowedAccounts.isEmpty()) {
      return "FIREDRILL_TARGET="
          + name
          + " needs FIREDRILL_ALLOWED_ACCOUNTS, the account ids the features may change";
    }
    return null;
  }
}
