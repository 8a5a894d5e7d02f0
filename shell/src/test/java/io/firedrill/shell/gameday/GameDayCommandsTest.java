package io.firedrill.shell.gameday;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.shell.FiredrillApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.shell.test.ShellScreen;
import org.springframework.shell.test.ShellTestClient;
import org.springframework.shell.test.autoconfigure.ShellTest;

/** A game day driven through Spring Shell's test client, checking what the screen shows. */
@ShellTest
@SpringBootTest(
    classes = FiredrillApplication.class,
    args = "technique list",
    properties = "firedrill.report-dir=target/gameday-test-out")
class GameDayCommandsTest {

  @Autowired ShellTestClient client;
  @Autowired org.springframework.shell.jline.CommandCompleter completer;

  @BeforeAll
  static void home() {
    System.setProperty("firedrill.home", Path.of("..").toAbsolutePath().normalize().toString());
  }

  private String screen(String command) throws Exception {
    ShellScreen screen = client.sendCommand(command);
    return String.join("\n", screen.lines());
  }

  @Test
  void badArgumentsSayWhatIsWrongAndWhatWouldBeRight() throws Exception {
    List<String> screens =
        List.of(
            screen("gameday start"),
            screen("gameday start no-such-scenario"),
            screen("gameday start leaked-access-key --speed fast"),
            screen("gameday start leaked-access-key --blue maybe"),
            screen("gameday start leaked-access-key --endpoint nota-url --allow-account 1"),
            screen("gameday start leaked-access-key --endpoint http://127.0.0.1:1"),
            screen("gameday pause"),
            screen("blue declare high"));

    assertThat(screens.get(0)).contains("expected a scenario id or file: gameday start <scenario>");
    assertThat(screens.get(1)).contains("no such scenario 'no-such-scenario'");
    assertThat(screens.get(2)).contains("--speed").contains("'max'").contains("'fast'");
    assertThat(screens.get(3)).contains("--blue expects auto or none; got 'maybe'");
    assertThat(screens.get(4)).contains("--endpoint expects a URL such as http://127.0.0.1:4566");
    assertThat(screens.get(5)).contains("--endpoint needs --allow-account ID");
    assertThat(screens.get(6)).contains("No exercise is running; 'gameday start <scenario>'");
    assertThat(screens.get(7)).contains("No exercise is running");
    assertThat(String.join("\n", screens)).doesNotContain("Exception", "\tat ");
  }

  @Test
  void aGameDayIsSteeredFromThePromptAndEverythingIsJournaled() throws Exception {
    String started = screen("gameday start leaked-access-key --speed 1");
    String pause = screen("gameday pause");
    String paused = screen("gameday status");
    String resume = screen("gameday resume");
    String declared = screen("blue declare HIGH");
    String badSeverity = screen("blue declare urgent");
    String noted = screen("blue note deactivating the key of dev-frank");
    String acked = screen("blue ack leaked-key-deactivated");
    String badAck = screen("blue ack nothing-like-it");
    String notice = screen("gameday notice Finance reports an unknown IAM user");
    // The injects due at zero fire a moment after the start, and after the pause.
    Awaitility.await()
        .atMost(Duration.ofMinutes(1))
        .until(() -> screen("gameday status").contains("GetCallerIdentity allowed"));
    String status = screen("gameday status");
    String again = screen("gameday start leaked-access-key");
    String ended = screen("gameday end");

    assertThat(started)
        .contains("sandbox: baseline 'standard' applied")
        .contains("Started leaked-access-key-");
    assertThat(pause).contains("Paused: scenario time stands still");
    assertThat(paused).contains("(paused)").contains("next:          ");
    assertThat(resume).isEqualTo("Resumed.");
    assertThat(declared).startsWith("Declared a high incident at T+0m");
    assertThat(badSeverity)
        .contains("expected a severity, one of low, medium, high, critical; got 'urgent'");
    assertThat(noted).startsWith("Noted at T+0m");
    assertThat(acked).startsWith("Acknowledged leaked-key-deactivated at T+0m");
    assertThat(badAck)
        .contains("no 'nothing-like-it'; expected a detection seen or an expectation id:")
        .contains("logging-restored");
    assertThat(notice).isEqualTo("Notice journaled.");
    assertThat(status)
        .contains("(playing)")
        .contains("injects fired (")
        .contains("sts-get-caller-identity: GetCallerIdentity allowed")
        .contains("declared a high incident")
        .contains("noted: deactivating the key of dev-frank")
        .contains("acknowledged leaked-key-deactivated")
        .contains("pending  contain   leaked-key-deactivated");
    assertThat(again).contains("an exercise is already running");
    assertThat(ended).contains("expectations met").contains("report:");

    Path journal = Path.of(ended.replaceAll("(?s).*journal: +(\\S+).*", "$1"));
    String text = Files.readString(journal);
    assertThat(text)
        .contains("\"type\":\"exercise.paused\"")
        .contains("\"type\":\"exercise.resumed\"")
        .contains("\"type\":\"blue.declared\"", "\"severity\":\"high\"")
        .contains("\"type\":\"blue.noted\"")
        .contains("\"type\":\"blue.acknowledged\"", "\"what\":\"leaked-key-deactivated\"")
        .contains("\"from\":\"game master\"", "Finance reports an unknown IAM user")
        .contains("\"reason\":\"ended by the game master\"");
    assertThat(screen("gameday end")).contains("No exercise is running");
  }

  private List<String> tab(String line) {
    List<org.jline.reader.Candidate> candidates = new java.util.ArrayList<>();
    completer.complete(
        null, new org.jline.reader.impl.DefaultParser().parse(line, line.length()), candidates);
    return candidates.stream().map(org.jline.reader.Candidate::value).toList();
  }

  @Test
  void tabOffersScenarioTechniqueAndOptionValues() {
    assertThat(tab("gameday start leak")).contains("leaked-access-key", "cloudtrail-tampering");
    assertThat(tab("gameday start ")).contains("leaked-access-key");
    assertThat(tab("gameday start leaked-access-key --blue ")).containsExactly("auto", "none");
    assertThat(tab("technique show aws.def")).contains("aws.defense-evasion.cloudtrail-stop");
    assertThat(tab("blue declare ")).containsExactly("low", "medium", "high", "critical");
    assertThat(tab("gameday sta"))
        .anyMatch(v -> v.contains("start"))
        .anyMatch(v -> v.contains("status"));
  }
}
