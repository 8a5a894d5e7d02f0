package io.firedrill.reports;

import io.firedrill.scoring.score.ExpectationResult;
import io.firedrill.scoring.score.Outcome;
import io.firedrill.scoring.score.Scorecard;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The improvement plan: one item for each expectation that was late or missed, with a corrective
 * action, the POETE element it belongs to (Planning, Organization, Equipment, Training, Exercises),
 * and the retest that closes it. Item ids stay the same from run to run, so that trends can count
 * the items a later exercise closed.
 */
final class ImprovementPlan {

  /** A proposed due date: a quarter after the exercise, well inside FedRAMP's six-month cycle. */
  static final Duration PROPOSED_DUE = Duration.ofDays(90);

  private ImprovementPlan() {}

  static List<Map<String, Object>> items(Scorecard card) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (ExpectationResult r : card.expectations()) {
      if (r.outcome() == Outcome.MET) {
        continue;
      }
      boolean missed = r.outcome() == Outcome.MISSED;
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", "IP-" + r.id());
      item.put("expectation", r.id());
      item.put("capability", Capabilities.capability(r.phase()));
      item.put(
          "issue",
          missed
              ? Capabilities.task(r) + " was not seen before the exercise ended"
              : Capabilities.task(r)
                  + " took "
                  + Format.human(r.latency())
                  + " against a target of "
                  + Format.human(r.target()));
      item.put("correctiveAction", action(r, missed));
      item.put("poete", poete(r, missed));
      item.put("owner", "not assigned");
      item.put(
          "due",
          "proposed " + card.startedAt().plus(PROPOSED_DUE).atOffset(ZoneOffset.UTC).toLocalDate());
      item.put(
          "retest",
          "Run scenario "
              + card.scenarioId()
              + " again: "
              + Capabilities.task(r)
              + " met within "
              + Format.human(r.target()));
      items.add(item);
    }
    return items;
  }

  private static String action(ExpectationResult r, boolean missed) {
    boolean finding = Coverage.isFinding(r);
    if ("detect".equals(r.phase())) {
      if (finding) {
        return missed
            ? "Check that GuardDuty is enabled in every region the account uses and route "
                + r.event()
                + " findings to the responders (an EventBridge rule to the paging system)"
            : "Raise the findings' publishing frequency to 15 minutes and alert on "
                + r.event()
                + " as it arrives, rather than in a periodic review";
      }
      return missed
          ? "Add a detection rule that alerts on "
              + r.event()
              + " by an unexpected principal, and route it to the on-call responder"
          : "Alert on "
              + r.event()
              + " from an event stream (EventBridge) in near real time rather than from a"
              + " periodic search of event history";
    }
    if (missed) {
      return ("eradicate".equals(r.phase()) ? "Add an " : "Add a ")
          + r.phase()
          + " step to the incident response playbook: "
          + r.event()
          + ", with the permissions the responder needs granted beforehand, and train it";
    }
    return "Rehearse the playbook's "
        + r.event()
        + " step and pre-authorise it, so that it needs no approval during an incident";
  }

  private static String poete(ExpectationResult r, boolean missed) {
    if ("detect".equals(r.phase())) {
      return "Equipment";
    }
    if ("communicate".equals(r.phase())) {
      return "Organization";
    }
    return missed ? "Planning" : "Training";
  }
}
