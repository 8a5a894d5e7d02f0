package io.firedrill.reports;

import io.firedrill.scoring.score.Scorecard;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which control each part of this report is evidence for. The requirement texts are paraphrased;
 * where an exercise of this kind cannot test a requirement (backups, legal analysis), the row says
 * so instead of claiming it.
 */
final class Crosswalk {

  private Crosswalk() {}

  static List<Map<String, Object>> rows(Scorecard card) {
    boolean contain = has(card, "contain") || has(card, "eradicate");
    boolean recover = has(card, "recover");
    boolean communicate = has(card, "communicate");
    List<Map<String, Object>> rows = new ArrayList<>();
    row(
        rows,
        "NIST SP 800-53 Rev. 5",
        "IR-3",
        "Test the effectiveness of the incident response capability at the defined frequency,"
            + " using the defined tests",
        "covered",
        "A functional test: scripted attack injects against a sandbox account, the team's"
            + " detections and responses timed and rated",
        "overview",
        "injects",
        "capabilities",
        "metrics");
    row(
        rows,
        "NIST SP 800-53 Rev. 5",
        "IR-3(2)",
        "Coordinate incident response testing with the elements responsible for related plans"
            + " (contingency, continuity, crisis communications)",
        "partial",
        "The participants are listed; coordination with the owners of related plans is not"
            + " recorded by this exercise and must be documented alongside it",
        "overview");
    row(
        rows,
        "FedRAMP Rev. 5 baselines",
        "IR-3, IR-3(2)",
        "The baselines select IR-3 and IR-3(2) and assign how often the test must run for the"
            + " system's impact level",
        "covered",
        "Date, type (functional) and scope of this test, and an improvement plan with a retest"
            + " for each gap; keep one report per test cycle",
        "overview",
        "document-control",
        "improvement-plan");
    String pci = "PCI DSS v4.0 12.10.1";
    row(
        rows,
        pci,
        "a",
        "Roles, responsibilities, communication and contact strategies",
        communicate ? "covered" : "partial",
        communicate
            ? "Participants and the communication expectations' outcomes"
            : "Participants are listed; no communication expectation was part of this scenario",
        "overview",
        "capabilities");
    row(
        rows,
        pci,
        "b",
        "Incident response procedures with specific containment and mitigation activities",
        contain ? "covered" : "not tested",
        contain
            ? "Containment and eradication expectations, their outcomes and the dual timeline"
            : "This scenario expected no containment or eradication",
        "capabilities",
        "timeline");
    row(
        rows,
        pci,
        "c",
        "Business recovery and continuity procedures",
        recover ? "partial" : "not tested",
        recover
            ? "Recovery of the attacked service is tested; business continuity is not"
            : "This scenario expected no recovery",
        "capabilities");
    row(
        rows,
        pci,
        "d",
        "Data backup processes",
        "not tested",
        "Not exercised by this kind of exercise");
    row(
        rows,
        pci,
        "e",
        "Analysis of legal requirements for reporting compromises",
        "not tested",
        "Not exercised by this kind of exercise");
    row(
        rows,
        pci,
        "f",
        "Coverage and responses of all critical system components",
        "partial",
        "The coverage matrix shows each technique played against the detections expected of it,"
            + " for the components in this exercise's scope only",
        "coverage");
    row(
        rows,
        pci,
        "g",
        "Reference to or inclusion of the payment brands' incident procedures",
        "not tested",
        "Not exercised by this kind of exercise");
    row(
        rows,
        "PCI DSS v4.0",
        "12.10.2",
        "At least once every 12 months the plan is reviewed, updated as needed, and tested,"
            + " including all elements listed in 12.10.1",
        "partial",
        "This report records the test and its date; the 12.10.1 rows above show which elements"
            + " it tested; the improvement plan is the input to the plan's review",
        "overview",
        "crosswalk",
        "improvement-plan");
    row(
        rows,
        "SOC 2 (TSC 2017)",
        "CC7.4",
        "Respond to identified security incidents by executing a defined incident response"
            + " program to understand, contain, remediate and communicate them",
        "covered",
        "Capability ratings by phase, the dual timeline citing each record, deviations",
        "capabilities",
        "timeline",
        "deviations");
    row(
        rows,
        "SOC 2 (TSC 2017)",
        "CC7.5",
        "Identify, develop and implement activities to recover from identified security"
            + " incidents",
        recover ? "covered" : "partial",
        "Recovery expectations, cleanup verification and the lessons in the improvement plan",
        "capabilities",
        "cleanup",
        "improvement-plan");
    String iso = "ISO/IEC 27001:2022 Annex A";
    row(
        rows,
        iso,
        "A.5.24",
        "Information security incident management planning and preparation",
        "covered",
        "The scenario, its objectives and the expectations it sets",
        "objectives",
        "injects");
    row(
        rows,
        iso,
        "A.5.25",
        "Assessment and decision on information security events",
        "covered",
        "Detection expectations: which events were seen and how fast",
        "coverage",
        "metrics");
    row(
        rows,
        iso,
        "A.5.26",
        "Response to information security incidents",
        contain || recover ? "covered" : "partial",
        "Containment, eradication and recovery outcomes and the dual timeline",
        "capabilities",
        "timeline");
    row(
        rows,
        iso,
        "A.5.27",
        "Learning from information security incidents",
        "covered",
        "Improvement plan with POETE element and retest criterion; hot wash",
        "improvement-plan",
        "hot-wash");
    row(
        rows,
        iso,
        "A.5.28",
        "Collection of evidence",
        "covered",
        "Hash-chained journal, the CloudTrail records and findings used, each file's SHA-256 in"
            + " manifest.json, checked by 'firedrill report verify'",
        "manifest",
        "journal-excerpt");
    row(
        rows,
        "NIST CSF 2.0",
        "ID.IM-02",
        "Improvements are identified from security tests and exercises",
        "covered",
        "The improvement plan, derived from every late or missed expectation",
        "improvement-plan");
    return rows;
  }

  private static boolean has(Scorecard card, String phase) {
    return card.expectations().stream().anyMatch(r -> r.phase().equals(phase));
  }

  private static void row(
      List<Map<String, Object>> rows,
      String framework,
      String control,
      String requirement,
      String status,
      String evidence,
      String... sections) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("framework", framework);
    row.put("control", control);
    row.put("requirement", requirement);
    row.put("status", status);
    row.put("evidence", evidence);
    row.put("sections", List.of(sections));
    rows.add(row);
  }
}
