package io.firedrill.sandbox.provision;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What one provisioning run did.
 *
 * @param record the provisioning record after the run: every resource created by every run
 * @param recordFile where the record is
 * @param created what this run created
 * @param existed what this run found already there, described
 * @param credentialsFile the file (readable by its owner only) that holds the secrets of the keys
 *     this run created, or null when it created none
 * @param keyUsers the users whose new keys are in that file
 */
public record ProvisionResult(
    ProvisioningRecord record,
    Path recordFile,
    List<Resource> created,
    List<String> existed,
    Path credentialsFile,
    Set<String> keyUsers) {

  public ProvisionResult {
    created = List.copyOf(created);
    existed = List.copyOf(existed);
    keyUsers = Set.copyOf(keyUsers);
  }
}
