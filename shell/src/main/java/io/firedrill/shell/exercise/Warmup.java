package io.firedrill.shell.exercise;

import io.firedrill.injector.aws.ActorIdentity;
import io.firedrill.injector.aws.AwsSession;
import io.firedrill.injector.plan.Plan;
import io.firedrill.injector.plan.PlannedInject;
import java.util.HashSet;
import java.util.Set;

/**
 * One harmless read per service the plan uses, made with firedrill's control key before the clock
 * starts: the first request of a service loads the SDK's code for it (most of a second for EC2),
 * which would otherwise make the first inject of that service late by that much, a minute and more
 * of scenario time at full speed. CloudTrail records these calls as firedrill's own.
 */
final class Warmup {

  private Warmup() {}

  static void run(Plan plan, Cast cast) {
    Set<String> services = new HashSet<>();
    for (PlannedInject inject : plan.injects()) {
      inject
          .technique()
          .info()
          .permissions()
          .forEach(p -> services.add(p.substring(0, p.indexOf(':'))));
    }
    try (AwsSession control =
        new AwsSession(cast.target(), new ActorIdentity("control", cast.control(), null, null))) {
      control.sts().getCallerIdentity();
      if (services.contains("iam")) {
        control.iam().getUser();
      }
      if (services.contains("ec2")) {
        control.ec2(cast.target().region()).describeRegions();
      }
    } catch (RuntimeException e) {
      // A warm-up that fails costs only time; the exercise goes on.
    }
  }
}
