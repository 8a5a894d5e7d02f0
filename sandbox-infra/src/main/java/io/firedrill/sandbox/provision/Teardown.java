package io.firedrill.sandbox.provision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Removes exactly what a provisioning record lists, kind by kind in the order AWS lets them go
 * ({@link Kind}), the newest first within a kind. What is already gone is reported and passed over;
 * what cannot be removed is reported and the rest still goes.
 */
public final class Teardown {

  private Teardown() {}

  /** The account the target's credentials reach, to find its record by. */
  public static String accountOf(Target target) {
    try (AwsClients aws = new AwsClients(target)) {
      return aws.sts.getCallerIdentity().account();
    }
  }

  /**
   * Tears down what {@code record} lists in the target account.
   *
   * @param say told one line per resource: removed, already gone, or why it could not be
   * @throws IllegalStateException when the target's credentials reach another account than the
   *     record's; nothing is removed then
   */
  public static TeardownReport run(ProvisioningRecord record, Target target, Consumer<String> say) {
    try (AwsClients aws = new AwsClients(target)) {
      String accountId = aws.sts.getCallerIdentity().account();
      if (!accountId.equals(record.accountId()) || !target.region().equals(record.region())) {
        throw new IllegalStateException(
            "the record "
                + record.id()
                + " is of account "
                + record.accountId()
                + " in "
                + record.region()
                + ", but these credentials reach account "
                + accountId
                + " in "
                + target.region()
                + "; nothing was removed");
      }
      Removals removals = new Removals(aws, say);
      List<Resource> ordered = new ArrayList<>(record.resources());
      // Newest first within a kind, then kinds in teardown order (a stable sort keeps the first).
      java.util.Collections.reverse(ordered);
      ordered.sort(Comparator.comparing(Resource::kind));
      List<Resource> removed = new ArrayList<>();
      List<Resource> gone = new ArrayList<>();
      List<Resource> failed = new ArrayList<>();
      for (Resource resource : ordered) {
        try {
          if (removals.remove(resource)) {
            removed.add(resource);
            say.accept("removed " + resource.describe());
          } else {
            gone.add(resource);
            say.accept("already gone: " + resource.describe());
          }
        } catch (AwsServiceException e) {
          failed.add(resource);
          say.accept(
              "could not remove "
                  + resource.describe()
                  + ": "
                  + e.awsErrorDetails().errorCode()
                  + ": "
                  + e.awsErrorDetails().errorMessage());
        } catch (SdkException e) {
          failed.add(resource);
          say.accept("could not remove " + resource.describe() + ": " + e.getMessage());
        }
      }
      return new TeardownReport(record, removed, gone, failed);
    }
  }
}
