package io.firedrill.features;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.en.Given;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.locks.ReentrantLock;
import org.opentest4j.TestAbortedException;

/** The Given steps: which sandbox, which rules, which responder. */
public class SetupSteps {

  /**
   * Scenarios run two at a time (see RunFeaturesTest). Each embedded sandbox is a scenario's own;
   * an account or LocalStack is one for all, so scenarios played there take turns.
   */
  private static final ReentrantLock SHARED_TARGET = new ReentrantLock();

  @Before
  public void freshDrill() throws IOException {
    Drill.reset();
    Target target = Target.current();
    String unusable = target.unusable();
    if (unusable != null) {
      System.out.println("firedrill features skipped: " + unusable);
      throw new TestAbortedException(unusable);
    }
    if (!target.name().equals(Target.EMBEDDED)) {
      SHARED_TARGET.lock();
    }
  }

  @After
  public void deleteOutput() throws IOException {
    try {
      Drill.reset();
    } finally {
      if (SHARED_TARGET.isHeldByCurrentThread()) {
        SHARED_TARGET.unlock();
      }
    }
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
