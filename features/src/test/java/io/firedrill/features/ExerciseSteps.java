package io.firedrill.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.firedrill.scoring.score.Evidence;
import io.firedrill.scoring.score.ExpectationResult;
import io.firedrill.scoring.score.Outcome;
import io.firedrill.shell.exercise.RunOptions;
import io.firedrill.shell.exercise.RunResult;
import java.io.IOException;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Steps that run a whole exercise through the same library call as {@code firedrill run}. */
public class ExerciseSteps {

  private String scenario;
  private RunResult result;

  @Given("the scenario {string}")
  public void theScenario(String id) {
    scenario = id;
  }

  @When("it runs at full speed with the scripted blue team")
  public void runsWithBlueTeam() throws Exception {
    run(true);
  }

  @When("it runs at full speed with nobody responding")
  public void runsWithNobody() throws Exception {
    run(false);
  }

  @Then("the expectation {string} is met within {int} seconds")
  public void metWithinSeconds(String id, int seconds) {
    metWithin(id, Duration.ofSeconds(seconds));
  }

  @Then("the expectation {string} is met within {int} minutes")
  public void metWithinMinutes(String id, int minutes) {
    metWithin(id, Duration.ofMinutes(minutes));
  }

  @Then("the expectation {string} is missed")
  public void missed(String id) {
    assertThat(expectation(id).outcome()).isEqualTo(Outcome.MISSED);
    assertThat(expectation(id).evidence()).isNull();
  }

  @Then("the evidence for {string} shows the IAM user {string} calling from {string}")
  public void evidenceShows(String id, String user, String sourceIp) {
    Evidence evidence = expectation(id).evidence();
    assertThat(evidence.userName()).isEqualTo(user);
    assertThat(evidence.arn()).endsWith(":user/" + user);
    assertThat(evidence.sourceIp()).isEqualTo(sourceIp);
    assertThat(evidence.eventId()).isNotBlank();
  }

  @Then("every expectation is met")
  public void everyExpectationMet() {
    assertThat(result.scorecard().expectations()).allMatch(e -> e.outcome() == Outcome.MET);
    assertThat(result.exitCode()).isZero();
  }

  @Then("the {string} capability is rated {string}")
  public void capabilityRated(String phase, String rating) {
    assertThat(result.scorecard().phases())
        .filteredOn(p -> p.phase().equals(phase))
        .singleElement()
        .satisfies(p -> assertThat(p.rating().name()).isEqualTo(rating));
  }

  @Then("the HTML report shows {string} as {string}")
  public void reportShows(String id, String outcome) throws IOException {
    Document html = Jsoup.parse(result.report().html().toFile());
    assertThat(html.select("#expectation-" + id + " td:eq(2)").text()).isEqualTo(outcome);
  }

  private void run(boolean blueAuto) throws Exception {
    Drill drill = Drill.current();
    if (blueAuto && drill.playbook == null) {
      drill.playbook = RunOptions.DEFAULT_PLAYBOOK;
    }
    drill.run(scenario, blueAuto);
    result = drill.result;
  }

  private void metWithin(String id, Duration limit) {
    ExpectationResult e = expectation(id);
    assertThat(e.outcome()).isEqualTo(Outcome.MET);
    assertThat(e.latency()).isLessThanOrEqualTo(limit);
  }

  private ExpectationResult expectation(String id) {
    return result.scorecard().expectations().stream()
        .filter(e -> e.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("the scenario has no expectation '" + id + "'"));
  }
}
