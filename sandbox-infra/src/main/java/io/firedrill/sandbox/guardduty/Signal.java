package io.firedrill.sandbox.guardduty;

import java.util.Objects;

/**
 * What one check concluded about one call: the finding type it raises, and why.
 *
 * @param type the finding type
 * @param api the API the call made
 * @param threatList the threat list the caller's address is on, or null
 * @param instance the instance whose credentials were used, or null
 */
record Signal(FindingType type, String api, String threatList, InstanceRef instance) {

  Signal {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(api, "api");
  }

  Signal(FindingType type, String api) {
    this(type, api, null, null);
  }
}
