package io.firedrill.sandbox.provision;

import io.firedrill.sandbox.baseline.Baseline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

/**
 * Provisions an account for exercises: applies a baseline through the AWS SDK, adds what the scorer
 * watches (GuardDuty, an EventBridge rule to an SQS queue), the blue team's role and the {@value
 * #SANDBOX_ROLE} role that marks the account as a sandbox.
 *
 * <p>Idempotent: each resource is looked up before it is made, and a second run creates nothing.
 * Whatever it creates is tagged {@code firedrill:managed=true} and {@code
 * firedrill:provisioning=<id>}, and written to the provisioning record as soon as it exists; a run
 * against an account with a record adds to that record, so that teardown removes what every run
 * created, and nothing that was there before.
 */
public final class Provisioner {

  /** The role whose {@value #SANDBOX_TAG} tag marks an account as a firedrill sandbox. */
  public static final String SANDBOX_ROLE = "firedrill-sandbox";

  /** The tag (value {@code true}) that the guardrails look for on {@value #SANDBOX_ROLE}. */
  public static final String SANDBOX_TAG = "firedrill:sandbox";

  /** The role the blue team assumes to investigate and contain. */
  public static final String BLUE_TEAM_ROLE = "firedrill-blue-team";

  /** The name of the EventBridge rule and of the SQS queue it feeds. */
  public static final String TELEMETRY = "firedrill-telemetry";

  private static final DateTimeFormatter ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final Path recordsDir;
  private final Clock clock;

  /**
   * @param recordsDir where records go when no file is named, e.g. ~/.firedrill/provisioning
   */
  public Provisioner(Path recordsDir, Clock clock) {
    this.recordsDir = recordsDir;
    this.clock = clock;
  }

  /**
   * Provisions {@code baseline} into the target account.
   *
   * @param recordFile the provisioning record to write (and add to, when it exists), or null for
   *     {@code <recordsDir>/<account>-<region>.json}
   * @param say told one line for each resource created or found
   * @throws IllegalArgumentException when the record file belongs to another account or region
   */
  public ProvisionResult provision(
      Baseline baseline, Target target, Path recordFile, Consumer<String> say) {
    try (AwsClients aws = new AwsClients(target)) {
      String accountId = aws.sts.getCallerIdentity().account();
      Path file =
          recordFile != null
              ? recordFile
              : ProvisioningRecord.defaultFile(recordsDir, accountId, target.region());
      ProvisioningRecord record = startingRecord(file, baseline, target, accountId);
      say.accept(
          "provisioning "
              + record.id()
              + ": account "
              + accountId
              + ", region "
              + target.region()
              + ", baseline "
              + baseline.name());
      Book book = new Book(record, file, say);
      Tags tags = new Tags(record.id(), baseline.name());
      new IamSteps(aws.iam, book, tags, accountId).run(baseline);
      new TrailSteps(aws, book, tags, accountId, target.region()).run(baseline);
      new TelemetrySteps(aws, book, tags).run(baseline);
      Path credentials = null;
      if (!book.keys().isEmpty()) {
        credentials = CredentialsFile.beside(file);
        CredentialsFile.add(credentials, book.keys(), target);
        book.credentialsFile(credentials);
      }
      book.record().write(file);
      return new ProvisionResult(
          book.record(), file, book.created(), book.existed(), credentials, book.keys().keySet());
    }
  }

  private ProvisioningRecord startingRecord(
      Path file, Baseline baseline, Target target, String accountId) {
    if (Files.exists(file)) {
      ProvisioningRecord previous = ProvisioningRecord.read(file);
      if (!previous.accountId().equals(accountId) || !previous.region().equals(target.region())) {
        throw new IllegalArgumentException(
            "the record "
                + file
                + " is of account "
                + previous.accountId()
                + " in "
                + previous.region()
                + ", but these credentials reach account "
                + accountId
                + " in "
                + target.region()
                + "; name another --record file");
      }
      return previous;
    }
    return new ProvisioningRecord(
        "prov-" + ID_TIME.format(clock.instant()),
        accountId,
        target.region(),
        target.endpoint() == null ? null : target.endpoint().toString(),
        baseline.name(),
        clock.instant(),
        null,
        List.of());
  }
}
