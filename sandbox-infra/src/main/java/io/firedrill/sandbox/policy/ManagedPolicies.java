package io.firedrill.sandbox.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The AWS managed policies the sandbox knows, by ARN. Each document is data, read once from {@code
 * managed/<name>.json} beside this class; {@code managed/README.md} says which are complete copies
 * of AWS's current version and which are reduced to the services firedrill emulates.
 */
public final class ManagedPolicies {

  /** Every managed policy the sandbox knows; adding one is a JSON file and a line here. */
  private static final List<String> ARNS =
      List.of(
          "arn:aws:iam::aws:policy/AdministratorAccess",
          "arn:aws:iam::aws:policy/ReadOnlyAccess",
          "arn:aws:iam::aws:policy/IAMFullAccess",
          "arn:aws:iam::aws:policy/SecurityAudit",
          "arn:aws:iam::aws:policy/job-function/ViewOnlyAccess",
          "arn:aws:iam::aws:policy/AWSCompromisedKeyQuarantineV2",
          "arn:aws:iam::aws:policy/AWSCompromisedKeyQuarantineV3");

  private static final Map<String, PolicyDocument> ALL = load();

  private ManagedPolicies() {}

  /** Every known managed policy, by ARN, in a fixed order. */
  public static Map<String, PolicyDocument> all() {
    return ALL;
  }

  /** The managed policy with this ARN, if the sandbox knows it. */
  public static Optional<PolicyDocument> find(String arn) {
    return Optional.ofNullable(ALL.get(arn));
  }

  /** The resource file a managed policy's document is read from: its name, without the path. */
  static String resourceName(String arn) {
    return "managed/" + arn.substring(arn.lastIndexOf('/') + 1) + ".json";
  }

  private static Map<String, PolicyDocument> load() {
    Map<String, PolicyDocument> all = new LinkedHashMap<>();
    for (String arn : ARNS) {
      all.put(arn, PolicyDocument.parse(read(resourceName(arn))));
    }
    return Collections.unmodifiableMap(all);
  }

  private static String read(String name) {
    try (InputStream in = ManagedPolicies.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("managed policy resource missing: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
