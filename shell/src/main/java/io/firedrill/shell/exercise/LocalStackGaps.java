package io.firedrill.shell.exercise;

import io.firedrill.exercise.scenario.Expectation;
import io.firedrill.injector.plan.Plan;
import io.firedrill.injector.plan.PlannedInject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The parts of a scenario a LocalStack cannot play, said before anything starts: steps whose
 * technique calls a service it does not serve, and expectations it cannot show (findings need
 * GuardDuty, which LocalStack's community edition lacks; events need CloudTrail's LookupEvents).
 */
final class LocalStackGaps {

  private LocalStackGaps() {}

  static List<String> of(Plan plan, LocalStackHealth health) {
    List<String> gaps = new ArrayList<>();
    if (!health.serves("sts")) {
      gaps.add(
          "sts is "
              + health.state("sts")
              + ": the guardrail cannot ask which account the credentials reach");
    }
    for (PlannedInject inject : plan.injects()) {
      Set<String> missing = new LinkedHashSet<>();
      for (String service : services(inject)) {
        if (!health.serves(service)) {
          missing.add(service + " (" + health.state(service) + ")");
        }
      }
      if (!missing.isEmpty()) {
        gaps.add(
            "step "
                + (inject.step().id() != null ? inject.step().id() : "#" + inject.step().index())
                + " ("
                + inject.technique().id()
                + ") needs "
                + String.join(", ", missing)
                + ": its calls will fail there");
      }
    }
    for (Expectation e : plan.scenario().expectations()) {
      String service = e.finding() != null ? "guardduty" : "cloudtrail";
      if (!health.serves(service)) {
        gaps.add(
            "expectation "
                + e.id()
                + (e.finding() != null ? " (GuardDuty finding " + e.finding() + ")" : "")
                + " needs "
                + service
                + " ("
                + health.state(service)
                + "): it cannot be met there");
      }
    }
    return gaps;
  }

  /** The services a technique calls, from the IAM actions it needs (cloudtrail:StopLogging...). */
  private static Set<String> services(PlannedInject inject) {
    Set<String> services = new LinkedHashSet<>();
    for (String permission : inject.technique().info().permissions()) {
      int colon = permission.indexOf(':');
      if (colon > 0) {
        services.add(permission.substring(0, colon));
      }
    }
    if (services.isEmpty()) {
      // A technique that needs no permission calls sts:GetCallerIdentity, which any key may.
      services.add("sts");
    }
    return services;
  }
}
