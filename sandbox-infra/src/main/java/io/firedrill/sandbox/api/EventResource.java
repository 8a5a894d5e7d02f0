package io.firedrill.sandbox.api;

import java.util.Objects;

/**
 * A resource as a CloudTrail record's own {@code resources} field lists it (AssumeRole names the
 * role there); distinct from the {@link ResourceRef}s LookupEvents answers with.
 *
 * @param arn the resource's ARN
 * @param accountId the account that owns it
 * @param type e.g. {@code AWS::IAM::Role}
 */
public record EventResource(String arn, String accountId, String type) {

  public EventResource {
    Objects.requireNonNull(arn, "arn");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(type, "type");
  }
}
