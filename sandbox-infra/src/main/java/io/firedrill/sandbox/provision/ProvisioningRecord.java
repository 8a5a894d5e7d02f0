package io.firedrill.sandbox.provision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What provisioning created in one account and region, and all that teardown removes. It names
 * resources, never a secret: the new keys' secrets go to the separate {@code credentialsFile}.
 *
 * @param id the provisioning's id, the value of every {@code firedrill:provisioning} tag
 * @param accountId the account provisioned
 * @param region the region of the regional resources
 * @param endpoint the endpoint override used, or null for AWS
 * @param baseline the baseline applied
 * @param startedAt when the first provisioning run started
 * @param credentialsFile where the secrets of the keys provisioning created were written, or null
 * @param resources what was created, in creation order, across every provisioning run
 */
public record ProvisioningRecord(
    String id,
    String accountId,
    String region,
    String endpoint,
    String baseline,
    Instant startedAt,
    String credentialsFile,
    List<Resource> resources) {

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  public ProvisioningRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(region, "region");
    resources = List.copyOf(resources == null ? List.of() : resources);
  }

  /** This record with one more resource. */
  ProvisioningRecord with(Resource resource) {
    List<Resource> more = new ArrayList<>(resources);
    more.add(resource);
    return new ProvisioningRecord(
        id, accountId, region, endpoint, baseline, startedAt, credentialsFile, more);
  }

  ProvisioningRecord withCredentialsFile(Path file) {
    return new ProvisioningRecord(
        id, accountId, region, endpoint, baseline, startedAt, file.toString(), resources);
  }

  /** Reads a record; a file that is not one is an error naming it. */
  public static ProvisioningRecord read(Path file) {
    try {
      return JSON.readValue(Files.readString(file), ProvisioningRecord.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read provisioning record " + file, e);
    } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException(
          file + " is not a firedrill provisioning record: " + e.getMessage(), e);
    }
  }

  /** Writes the record, replacing the file whole so that a crash never leaves half of one. */
  public void write(Path file) {
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, ".record", ".json");
      Files.writeString(temp, JSON.writeValueAsString(this));
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write provisioning record " + file, e);
    }
  }

  /** The default place of an account's record: {@code DIR/<account>-<region>.json}. */
  public static Path defaultFile(Path dir, String accountId, String region) {
    return dir.resolve(accountId + "-" + region + ".json");
  }
}
