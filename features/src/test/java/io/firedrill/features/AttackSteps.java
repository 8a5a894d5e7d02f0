package io.firedrill.features;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.When;
import java.util.Map;

/** The When steps: the attacker plays one technique, or a whole scenario runs. */
public class AttackSteps {

  /** One technique with the leaked key, then the scorer's telemetry given time to see it. */
  @When("the attacker plays {string}")
  public void attackerPlays(String technique) throws Exception {
    Drill.current().play(technique, Map.of());
  }

  /** The same, with the technique's parameters in a two-column table. */
  @When("the attacker plays {string} with")
  public void attackerPlaysWith(String technique, DataTable with) throws Exception {
    Drill.current().play(technique, with.asMap(String.class, String.class));
  }

  @When("the scenario {string} runs at full speed")
  public void scenarioRuns(String scenario) throws Exception {
    Drill drill = Drill.current();
    drill.run(scenario, drill.playbook != null);
  }
}
