package io.firedrill.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The report of a recorded exercise (leaked-access-key, nobody on the blue team) in every format:
 * each section says what the journal holds, and says so where the journal holds nothing.
 */
class ReportFormatsTest {

  @TempDir Path dir;

  @Test
  void theHtmlReportHasEverySectionFilledFromTheJournal() throws Exception {
    ReportFiles files = Recorded.render("blue-absent", dir);
    Document html = Jsoup.parse(files.html().toFile());

    assertThat(html.select("#verdict").text()).isEqualTo("4 of 7 expectations met");
    assertThat(html.select("#score").text()).isEqualTo("score 36 / 100");
    // Document control: a draft, citing the digest that manifest.json also holds.
    String manifest = Files.readString(files.manifest());
    String digest = html.select("#evidence-sha256").text();
    assertThat(digest).matches("[0-9a-f]{64}");
    assertThat(manifest).contains("\"evidenceSha256\" : \"" + digest + "\"");
    assertThat(html.select("#document").text()).contains("DRAFT", "0.1", "not approved yet");
    // Overview: the scenario as run, its hash, what is not recorded.
    assertThat(html.select("#overview + table").text())
        .contains("dev-frank's access key was pushed to a public repository")
        .contains("account 000000000000, regions us-east-1")
        .contains("attacker: holds the key of dev-frank (AKIA")
        .contains("blue: no blue-team action was seen")
        .contains("(scenario.yaml in the bundle)")
        .contains("Random seed none: the run is deterministic");
    // Injects with their ATT&CK ids and schedule.
    assertThat(html.select("#inject-4 td").eachText())
        .startsWith("4", "T+1m00s")
        .contains("aws.defense-evasion.cloudtrail-stop", "T1562.008", "attacker");
    assertThat(html.select("#inject-5").text())
        .contains("T1136.003, T1098.001", "iam:CreateUser allowed");
    // The dual timeline cites each line's record.
    assertThat(html.select("#timeline-table tr.lane-attacker").first().text())
        .contains("inject 1: sts:GetCallerIdentity", "requestId");
    assertThat(html.select("#timeline-table tr.lane-detection").text())
        .contains("GuardDuty: finding Stealth:IAMUser/CloudTrailLoggingDisabled", "finding id");
    assertThat(html.select("#timeline-table tr.lane-blue")).isEmpty();
    assertThat(html.select("svg#timeline-chart circle")).hasSizeGreaterThan(10);
    // Metrics with formulas and targets, drawn as bars.
    // The scorer's TTD: its first alert (the GuardDuty finding) less the first inject.
    assertThat(html.select("#metric-TTD td").eachText())
        .startsWith("TTD: time to detect", "2m54s", "5m00s", "met");
    assertThat(html.select("#metric-TTC td").eachText()).contains("-", "10m00s", "not achieved");
    assertThat(html.select("svg#metrics-chart rect")).hasSizeGreaterThanOrEqualTo(5);
    // Coverage: each technique against its detections; a technique nothing watched is a gap.
    assertThat(html.select("#coverage-table").text())
        .contains(
            "aws.defense-evasion.cloudtrail-stop T1562.008 StopLogging trail-stopped-seen CloudTrail met 41s")
        .contains("aws.persistence.iam-backdoor-user T1098.001 none expected - not expected");
    assertThat(html.select("svg#coverage-chart").text()).contains("none expected", "met 1m44s");
    // Capabilities, P/S/M/U.
    assertThat(html.select("#phase-detect td").eachText())
        .containsExactly("detect", "S", "90 %", "27.0", "30");
    assertThat(html.select("#phase-contain td:eq(1)").text()).isEqualTo("U");
    assertThat(html.select("#expectation-leaked-key-deactivated td:eq(2)").text())
        .isEqualTo("missed");
    // The improvement plan: one item per missed expectation.
    assertThat(html.select("#improvement-table tbody tr")).hasSize(3);
    assertThat(html.select("#IP-leaked-key-deactivated td").eachText())
        .containsExactly(
            "IP-leaked-key-deactivated",
            "Containment",
            "UpdateAccessKey by blue was not seen before the exercise ended",
            "Add a contain step to the incident response playbook: UpdateAccessKey, with the"
                + " permissions the responder needs granted beforehand, and train it",
            "Planning",
            "not assigned",
            "proposed 2027-02-28",
            "Run scenario leaked-access-key again: UpdateAccessKey by blue met within 10m00s");
    // The crosswalk points into sections that exist.
    assertThat(html.select("#crosswalk-table").text())
        .contains(
            "IR-3",
            "IR-3(2)",
            "FedRAMP",
            "12.10.2",
            "CC7.4",
            "CC7.5",
            "A.5.24",
            "A.5.28",
            "ID.IM-02");
    for (var link : html.select("#crosswalk-table a")) {
      assertThat(html.getElementById(link.attr("href").substring(1)))
          .as(link.attr("href"))
          .isNotNull();
    }
    assertThat(html.select("#hot-wash-note").text())
        .startsWith("Hot wash notes: none were journaled (the blue team records one with");
    // Appendices.
    assertThat(html.select("#journal-table tbody tr").first().text())
        .contains("1 T+0m00s exercise.started");
    assertThat(html.select("#manifest-table").text())
        .contains(
            "journal.jsonl",
            "scenario.yaml",
            "cloudtrail-records.jsonl",
            "guardduty-findings.jsonl");
    assertThat(html.select("#cleanup-verdict").text()).isEqualTo("verified");
    assertThat(html.select("#cleanup-table").text()).contains("iam-user svc-backup");
    // Self-contained: nothing is fetched from the network.
    assertThat(html.select("link, script, img, [src]")).isEmpty();
  }

  @Test
  void thePdfSaysWhatTheHtmlSays() throws Exception {
    ReportFiles files = Recorded.render("blue-absent", dir);

    String text;
    try (PDDocument pdf = Loader.loadPDF(files.pdf().toFile())) {
      assertThat(pdf.getNumberOfPages()).isGreaterThan(3);
      assertThat(pdf.getDocumentInformation().getTitle()).startsWith("After-action report: ");
      text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }
    assertThat(text)
        .contains("4 of 7 expectations met", "score 36 / 100", "DRAFT")
        .contains("Exercise overview", "Executive summary", "Dual timeline", "Detection coverage")
        .contains("Capability analysis", "Improvement plan", "Compliance crosswalk", "Hot wash")
        .contains("Add a contain step", "T1562.008", "Cleanup verification: verified")
        .contains(Jsoup.parse(files.html().toFile()).select("#evidence-sha256").text());
  }

  @Test
  void theJsonReportFollowsItsSchema() throws Exception {
    ReportFiles files = Recorded.render("blue-absent", dir);

    JsonSchema schema;
    try (InputStream in = getClass().getResourceAsStream(JsonReport.SCHEMA)) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
    var json = new ObjectMapper().readTree(files.report().toFile());
    Set<ValidationMessage> problems = schema.validate(json);
    assertThat(problems).isEmpty();
    assertThat(json.path("summary").path("score").asInt()).isEqualTo(36);
    assertThat(json.path("improvementPlan")).hasSize(3);
    // The report's metrics are result.json's exercise-wide ones, value for value.
    var result = new ObjectMapper().readTree(files.json().toFile());
    List<String> fromResult = new java.util.ArrayList<>();
    result
        .path("metrics")
        .forEach(
            m -> {
              if (m.path("scope").asText().equals("exercise")) {
                fromResult.add(m.path("name").asText() + "=" + m.path("valueMillis").asText());
              }
            });
    List<String> fromReport = new java.util.ArrayList<>();
    json.path("metrics")
        .forEach(
            m ->
                fromReport.add(
                    m.path("abbreviation").asText() + "=" + m.path("valueMillis").asText()));
    assertThat(fromReport).isEqualTo(fromResult).contains("TTD=174902", "TTC=null");

    // A report that breaks its schema is caught: the check can fail.
    ((com.fasterxml.jackson.databind.node.ObjectNode) json.path("summary")).put("score", 140);
    assertThat(schema.validate(json)).isNotEmpty();
  }

  @Test
  void theJunitXmlHasOneTestCasePerExpectationAndFailsTheMissedOnes() throws Exception {
    ReportFiles files = Recorded.render("blue-absent", dir);

    var xml =
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(files.junit().toFile());
    Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
    assertThat(suite.getAttribute("name")).isEqualTo("leaked-access-key");
    assertThat(suite.getAttribute("tests")).isEqualTo("7");
    assertThat(suite.getAttribute("failures")).isEqualTo("3");
    NodeList cases = suite.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(7);
    Element first = (Element) cases.item(0);
    assertThat(first.getAttribute("classname")).isEqualTo("leaked-access-key.detect");
    assertThat(first.getAttribute("name"))
        .startsWith("trail-stopped-seen: StopLogging by attacker");
    assertThat(first.getAttribute("time")).matches("41\\.\\d{3}");
    assertThat(first.getElementsByTagName("failure").getLength()).isZero();
    Element contain = (Element) cases.item(4);
    assertThat(contain.getAttribute("name")).startsWith("leaked-key-deactivated");
    Element failure = (Element) contain.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("type")).isEqualTo("missed");
  }

  @Test
  void theMarkdownReportHasTheSameSections() throws Exception {
    ReportFiles files = Recorded.render("blue-absent", dir);

    String md = Files.readString(files.markdown());
    assertThat(md)
        .startsWith("# After-action report: A developer's leaked access key")
        .contains("**4 of 7 expectations met, score 36 / 100**")
        .contains("| Status | DRAFT |")
        .contains(
            "| 4 | T+1m00s | T+1m00s (0 ms late, wall clock) | `aws.defense-evasion.cloudtrail-stop` | T1562.008 |")
        .contains("| IP-logging-restored | Recovery |")
        .contains("| PCI DSS v4.0 12.10.1 | d | Data backup processes | not tested |")
        .contains("Hot wash notes: none were journaled")
        .contains("### C. Cleanup verification: verified");
  }

  @Test
  void aReportThatMetEverythingHasNoImprovementItemAndAFinalStatus() throws Exception {
    Path journal = Recorded.copy("all-met", dir);
    ReportFiles files =
        ReportWriter.write(
            journal,
            new ReportSettings(
                ReportSettings.Status.FINAL, "1.0", "Dana CISO", Recorded.ATTACK_IDS),
            dir);

    Document html = Jsoup.parse(files.html().toFile());
    assertThat(html.select("#document").text()).contains("FINAL", "1.0", "Dana CISO");
    assertThat(html.select("#improvement-none")).hasSize(1);
    assertThat(html.select("#timeline-table tr.lane-blue").text())
        .contains("seen in CloudTrail: cloudtrail:StartLogging", "eventID");
    assertThat(html.select("#overview + table").text())
        .contains("blue: scripted responder, playbook standard-responder");
  }
}
