package io.firedrill.injector.responder;

import static org.awaitility.Awaitility.await;

import io.firedrill.exercise.clock.Speed;
import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.JournalEntry;
import io.firedrill.exercise.scenario.PlaybookLoader;
import io.firedrill.injector.Playground;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** A scripted blue team with a playbook written in the test, on a playground, at 100 times. */
final class BlueTeamRun implements AutoCloseable {

  private final Playground playground;
  private final ScriptedBlueTeam team;

  BlueTeamRun(Playground playground, String rules) {
    this.playground = playground;
    String yaml = "id: test-playbook\ndelay: 10s\nrules:\n" + rules;
    this.team =
        ScriptedBlueTeam.start(
            playground.session("blue", "blue-responder", null),
            PlaybookLoader.parse(yaml, "test-playbook.yaml"),
            playground.clock(Speed.parse("100")),
            playground.journal,
            Set.of(playground.sandbox.adminCredentials().accessKeyId()),
            System.out::println);
  }

  /** Waits until the team has acted {@code count} times, and answers what it did. */
  List<JournalEntry> awaitActed(int count) {
    await().atMost(Duration.ofSeconds(20)).until(() -> acted().size() >= count);
    return acted();
  }

  List<JournalEntry> acted() {
    return playground.journal.entries().stream()
        .filter(e -> e.type().equals(EntryTypes.RESPONDER_ACTED))
        .toList();
  }

  static String outcome(JournalEntry acted) {
    return acted.data().path("call").path("outcome").asString();
  }

  @Override
  public void close() {
    team.close();
  }
}
