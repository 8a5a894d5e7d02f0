package io.firedrill.shell.gameday;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.shell.FiredrillApplication;
import io.firedrill.shell.exercise.FakeLocalStack;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.shell.test.ShellScreen;
import org.springframework.shell.test.ShellTestClient;
import org.springframework.shell.test.autoconfigure.ShellTest;

/** {@code --sandbox} on {@code gameday start} and {@code run}, through Spring Shell's client. */
@ShellTest
@SpringBootTest(
    classes = FiredrillApplication.class,
    args = "technique list",
    properties = "firedrill.report-dir=target/gameday-test-out")
class TargetCommandsTest {

  @Autowired ShellTestClient client;

  @BeforeAll
  static void home() {
    System.setProperty("firedrill.home", Path.of("..").toAbsolutePath().normalize().toString());
  }

  private String screen(String command) throws Exception {
    ShellScreen screen = client.sendCommand(command);
    return String.join("\n", screen.lines());
  }

  /** The screen and what the command wrote on stderr, where {@code run} reports bad input. */
  private String screenAndErr(String command) throws Exception {
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      return screen(command) + "\n" + captured.toString(StandardCharsets.UTF_8);
    } finally {
      System.setErr(err);
    }
  }

  @Test
  void badTargetsSayWhatIsWrongAndWhatWouldBeRight() throws Exception {
    List<String> screens =
        List.of(
            screen("gameday start leaked-access-key --sandbox cloud"),
            screen("gameday start leaked-access-key --sandbox embedded --endpoint http://h:1"),
            screen("gameday start leaked-access-key --profile drill"),
            screen("gameday start leaked-access-key --sandbox aws"),
            screen("gameday start leaked-access-key --sandbox localstack --endpoint h:4566"),
            screenAndErr("run leaked-access-key --sandbox cloud"),
            screenAndErr("run leaked-access-key --sandbox localstack --profile drill"));

    assertThat(screens.get(0))
        .contains("gameday start: --sandbox expects embedded, aws or localstack; got 'cloud'");
    assertThat(screens.get(1)).contains("--endpoint does not go with --sandbox embedded");
    assertThat(screens.get(2)).contains("--profile is for --sandbox aws");
    assertThat(screens.get(3)).contains("--sandbox aws needs --allow-account ID");
    assertThat(screens.get(4))
        .contains("--endpoint expects a URL such as http://127.0.0.1:4566; got 'h:4566'");
    assertThat(screens.get(5))
        .contains("firedrill run: --sandbox expects embedded, aws or localstack; got 'cloud'");
    assertThat(screens.get(6)).contains("firedrill run: --profile is for --sandbox aws");
    assertThat(String.join("\n", screens)).doesNotContain("Exception", "\tat ");
  }

  @Test
  void aLocalStackTargetSaysWhatItCannotPlayBeforeAnythingStarts() throws Exception {
    try (FakeLocalStack localStack = FakeLocalStack.community()) {
      String gameday =
          screen(
              "gameday start leaked-access-key --sandbox localstack --endpoint "
                  + localStack.endpoint());
      String run =
          screenAndErr(
              "run leaked-access-key --speed max --sandbox localstack --endpoint "
                  + localStack.endpoint());

      for (String screen : List.of(gameday, run)) {
        assertThat(screen)
            .contains("target: LocalStack community 4.0.3 serves 34 services;")
            .contains("part(s) of the scenario cannot play there:")
            .contains("cannot: step blind (aws.defense-evasion.cloudtrail-stop) needs cloudtrail")
            .contains(
                "cannot: expectation guardduty-persistence (GuardDuty finding"
                    + " Persistence:IAMUser/AnomalousBehavior) needs guardduty")
            // The fake answers nothing but its health, so the guardrail's STS call is refused:
            // nothing was changed there.
            .contains("the target was refused: cannot tell which account the credentials reach")
            .doesNotContain("\tat ");
        assertThat(screen.indexOf("cannot: step blind"))
            .isLessThan(screen.indexOf("the target was refused"));
      }
    }
  }
}
