package io.firedrill.sandbox.provision;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Everything in an account that provisioning, an exercise or teardown could change, one line per
 * thing ({@code "iam-user dev-frank"}, {@code "s3-object trail-logs/AWSLogs/..."}), so that two
 * inventories compare as sets. CloudTrail's event history is left out: AWS keeps it 90 days
 * whatever anyone deletes. Terminated instances are left out as well: AWS lists them for an hour or
 * so and then forgets them.
 *
 * @param items one line per resource, sorted
 */
public record Inventory(SortedSet<String> items) {

  public Inventory {
    items = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(items));
  }

  /**
   * Takes the target account's inventory: IAM (global), the target region's CloudTrail, GuardDuty,
   * EventBridge and SQS, every S3 bucket with its objects, and EC2 in every region the account has
   * enabled.
   */
  public static Inventory take(Target target) {
    SortedSet<String> items = new TreeSet<>();
    try (AwsClients aws = new AwsClients(target)) {
      IamInventory.add(aws.iam, items);
      ServiceInventory.add(aws, items);
      Ec2Inventory.add(aws, items);
    }
    return new Inventory(items);
  }

  /**
   * What differs from {@code later}: lines prefixed {@code "- "} were here and are not there,
   * {@code "+ "} are new there. Empty when the two are equal.
   */
  public List<String> differences(Inventory later) {
    List<String> lines = new ArrayList<>();
    items.stream().filter(i -> !later.items.contains(i)).forEach(i -> lines.add("- " + i));
    later.items.stream().filter(i -> !items.contains(i)).forEach(i -> lines.add("+ " + i));
    return lines;
  }

  /** The lines of one kind, such as {@code "iam-user"}. */
  public List<String> of(String kind) {
    return items.stream().filter(i -> i.startsWith(kind + " ")).toList();
  }
}
