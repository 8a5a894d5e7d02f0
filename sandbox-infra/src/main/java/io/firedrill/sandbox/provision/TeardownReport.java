package io.firedrill.sandbox.provision;

import java.util.List;

/**
 * What a teardown did.
 *
 * @param removed what it removed
 * @param alreadyGone what the record listed but was no longer there
 * @param failed what it could not remove, still in the account
 */
public record TeardownReport(
    ProvisioningRecord record,
    List<Resource> removed,
    List<Resource> alreadyGone,
    List<Resource> failed) {

  public TeardownReport {
    removed = List.copyOf(removed);
    alreadyGone = List.copyOf(alreadyGone);
    failed = List.copyOf(failed);
  }

  /** Whether nothing the record lists is left. */
  public boolean complete() {
    return failed.isEmpty();
  }

  /** The record of what is left: the resources that could not be removed, for another try. */
  public ProvisioningRecord remaining() {
    return new ProvisioningRecord(
        record.id(),
        record.accountId(),
        record.region(),
        record.endpoint(),
        record.baseline(),
        record.startedAt(),
        record.credentialsFile(),
        record.resources().stream().filter(failed::contains).toList());
  }
}
