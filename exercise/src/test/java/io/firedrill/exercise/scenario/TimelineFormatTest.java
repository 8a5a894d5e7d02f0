package io.firedrill.exercise.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Repeats, waits on earlier steps, notices, metadata and the kinds of actor. */
class TimelineFormatTest {

  private static final String STORY =
      """
      id: story
      title: t
      severity: high
      incidentTypes: [credentials-exposure, persistence]
      attack: [T1078.004, T1136.003]
      objectives:
        - Contain a leaked key within ten minutes
      actors:
        attacker: { leakedKeyOf: dev-frank, region: eu-west-1 }
        pivot: { leakedKeyOf: dev-frank, assumesRole: ops-admin }
        dave: { insider: dave-ops }
      timeline:
        - at: 0s
          notice:
            from: AWS Trust & Safety
            subject: Your access key AKIA... is exposed
            text: |
              We found the key in a public repository.
        - id: recon
          at: 10s
          actor: attacker
          technique: aws.discovery.iam-list-users
          every: 2s
          times: 5
        - after: recon
          at: 30s
          actor: pivot
          technique: aws.defense-evasion.cloudtrail-stop
          with: { trail: management-events }
        - at: 1m
          notice: The game master reminds everyone to take notes
      """;

  @Test
  void readsRepeatsWaitsNoticesAndMetadata() {
    Scenario scenario = ScenarioLoader.parse(STORY, "story.yaml");

    assertThat(scenario.metadata().severity()).isEqualTo("high");
    assertThat(scenario.metadata().incidentTypes())
        .containsExactly("credentials-exposure", "persistence");
    assertThat(scenario.metadata().attack()).containsExactly("T1078.004", "T1136.003");
    assertThat(scenario.metadata().objectives()).hasSize(1);

    Step recon = scenario.step("recon").orElseThrow();
    assertThat(recon.repeat()).isEqualTo(new Repeat(Duration.ofSeconds(2), 5));
    Step stop = scenario.timeline().get(1);
    assertThat(stop.after()).isEqualTo("recon");
    // 10s, then four more every 2s: the last at 18s; the wait of 30s puts the step at 48s.
    assertThat(scenario.plannedStart(stop)).isEqualTo(Duration.ofSeconds(48));

    assertThat(scenario.notices())
        .extracting(Notice::from, Notice::subject)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "AWS Trust & Safety", "Your access key AKIA... is exposed"),
            org.assertj.core.groups.Tuple.tuple(
                "Game master", "The game master reminds everyone to take notes"));
    assertThat(scenario.notices().get(0).text())
        .isEqualTo("We found the key in a public repository.");

    assertThat(scenario.actor("attacker").orElseThrow().region()).isEqualTo("eu-west-1");
    assertThat(scenario.actor("pivot").orElseThrow().assumesRole()).isEqualTo("ops-admin");
    Actor dave = scenario.actor("dave").orElseThrow();
    assertThat(dave.kind()).isEqualTo(Actor.Kind.INSIDER);
    assertThat(dave.user()).isEqualTo("dave-ops");
  }

  @Test
  void reportsEveryTimelineProblemAtOnceWithWhatWasExpected() {
    String broken =
        """
        id: broken
        title: t
        severity: dire
        incidentTypes: [credential-exposure]
        attack: [1078]
        actors:
          attacker: { leakedKeyOf: dev-frank, insider: dev-frank }
          other: { leakedKeyOf: dev-frank }
        timeline:
          - after: later
            actor: other
            technique: x
          - id: later
            at: 5s
            actor: other
            technique: x
            every: 2s
          - id: later
            at: 6s
            actor: other
            technique: x
            every: 0s
            times: many
          - at: 7s
            notice: { from: someone }
        """;

    ScenarioException e =
        catchThrowableOfType(
            ScenarioException.class, () -> ScenarioLoader.parse(broken, "broken.yaml"));

    assertThat(e.problems())
        .containsExactly(
            "broken.yaml:3:11: unknown severity 'dire'; expected one of: low, medium, high,"
                + " critical",
            "broken.yaml:4:17: unknown incident type 'credential-exposure'; expected one of:"
                + " compliance-variance, service-disruption, unauthorized-resources,"
                + " unauthorized-access, privilege-escalation, persistence, excessive-permissions,"
                + " information-exposure, credentials-exposure",
            "broken.yaml:5:10: expected a MITRE ATT&CK technique id such as T1078.004; found"
                + " '1078'",
            "broken.yaml:7:13: an actor has either 'leakedKeyOf' or 'insider', not both",
            "broken.yaml:10:12: no earlier step has the id 'later'; a step can wait only for one"
                + " above it",
            "broken.yaml:13:5: a repeated step needs both 'every' and 'times', e.g. every: 2s,"
                + " times: 10",
            "broken.yaml:18:9: duplicate step id 'later'",
            "broken.yaml:23:12: expected how many times the step fires, a whole number from 1 to"
                + " 99999; found 'many'",
            "broken.yaml:22:12: expected a time between repeats greater than 0s",
            "broken.yaml:25:13: missing 'subject': expected the notice's subject, one line");
  }

  @Test
  void stepsAreCheckedByTheirTechniqueWhileTheFileIsRead() {
    StepCheck onlyKnown =
        step ->
            step.technique().equals("known")
                ? java.util.List.of()
                : java.util.List.of("unknown technique '" + step.technique() + "'");
    String yaml =
        """
        id: s
        title: t
        severity: dire
        actors:
          a: { leakedKeyOf: u }
        timeline:
          - { at: 0s, actor: a, technique: known }
          - { at: 1s, actor: a, technique: unknown }
        """;

    ScenarioException e =
        catchThrowableOfType(
            ScenarioException.class, () -> ScenarioLoader.parse(yaml, "s.yaml", onlyKnown));

    // The format's problem and the technique's, together.
    assertThat(e.problems())
        .containsExactly(
            "s.yaml:3:11: unknown severity 'dire'; expected one of: low, medium, high, critical",
            "s.yaml:8:5: unknown technique 'unknown'");
  }
}
