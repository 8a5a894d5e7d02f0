package io.firedrill.features;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.en.Given;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.opentest4j.TestAbortedException;

/** The Given steps: which sandbox, which rules, which responder. */
public class SetupSteps {

  @Before
  public void freshDrill() throws IOException {
    Drill.reset();
    String unusable = Target.current().unusable();
    if (unusable != null) {
      System.out.println("firedrill features skipped: " + unusable);
      throw new TestAbortedException(unusable);
    }
  }

  @After
  public void deleteOutput() throws IOException {
    Drill.reset();
  }

  @Given("an embedded sandbox with the {string} baseline")
  public void embeddedSandbox(String baseline) {
    Drill.current().baseline = baseline;
  }

  @Given("the attacker holds the leaked access key of {string}")
  public void leakedKeyOf(String user) {
    Drill.current().leakedKeyOf = user;
  }

  @Given("the detection rules in {string}")
  public void detectionRules(String folder) {
    Path rules = Settings.detections(folder);
    if (!Files.isDirectory(rules)) {
      throw new AssertionError("no folder of detection rules at " + rules);
    }
    Drill.current().detections = rules;
  }

  @Given("the responder playbook {string}")
  public void responderPlaybook(String playbook) {
    Drill.current().playbook = Settings.playbook(playbook);
  }

  @Given("nobody responds")
  public void nobodyResponds() {
    Drill.current().playbook = null;
  }
}
