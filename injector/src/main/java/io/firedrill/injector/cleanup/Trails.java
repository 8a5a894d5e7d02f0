package io.firedrill.injector.cleanup;

import io.firedrill.injector.aws.AwsSession;
import java.util.Map;

/** Puts back a trail an inject deleted, with the settings the ledger kept. */
final class Trails {

  private Trails() {}

  static void recreate(AwsSession control, String name, Map<String, String> details) {
    control.cloudTrail().createTrail(r -> r.name(name).s3BucketName(details.get("bucket")));
    if (Boolean.parseBoolean(details.get("logging"))) {
      control.cloudTrail().startLogging(r -> r.name(name));
    }
  }
}
