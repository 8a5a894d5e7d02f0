package io.firedrill.sandbox.api;

import java.util.Objects;

/**
 * A resource an event refers to, as CloudTrail's LookupEvents lists it.
 *
 * @param type e.g. {@code AWS::IAM::User}
 * @param name e.g. the user name
 */
public record ResourceRef(String type, String name) {

  public ResourceRef {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
  }
}
