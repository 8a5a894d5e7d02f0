<#-- The after-action report in Markdown, for a wiki or a pull request. Table cells escape '|'. -->
<#function c text><#return (text!"-")?string?replace("|", "\\|")?replace("\n", " ")></#function>
<#function ids list><#if !list?has_content><#return "-"></#if><#return list?join(", ")></#function>
<#assign o = overview, d = document, s = summary, a = appendices>
# After-action report: ${o.title}

Exercise `${o.exerciseId}`, scenario `${o.scenarioId}`, ${o.startedAt}

**${s.met} of ${s.total} expectations met, score ${s.score} / 100**

## Document control

| | |
| --- | --- |
| Status | ${d.status?upper_case} |
| Version | ${d.version} |
| Approver | ${c(d.approver!"not approved yet")} |
| Evidence bundle SHA-256 | `${d.evidenceSha256}` |

The evidence digest is the ${d.evidenceDigest}; check it with `firedrill report verify <folder>`.

## Exercise overview

| | |
| --- | --- |
| Exercise name | ${c(o.title)} |
| Dates (UTC) | ${o.startedAt} to ${o.endedAt} |
| Type | ${c(o.type)} |
| Scope | account `${o.accountId!"-"}`, regions ${ids(o.regions)} |
| Scenario | ${c(o.description)} |
| Threat | <#list o.threat as t>${t.actor}: key of `${t.identity!"-"}` (`${t.accessKeyId!"-"}`) from ${t.sourceIp!"-"}<#sep>; </#list> |
| Participants | ${c(o.participants?join("; "))} |
| Scenario time played | ${o.duration} (speed ${o.speed}); why it ended: ${c(o.endReason)} |
| Scenario file SHA-256 | `${o.scenarioSha256}` |
| Random seed | ${o.randomSeed} |

## Executive summary

${s.text}

## Objectives, capabilities, critical tasks and targets

| Objective | Capability | Critical task | Target | Outcome |
| --- | --- | --- | --- | --- |
<#list objectives as ob><#list ob.tasks as t>
| ${t?is_first?then(c(ob.objective), "")} | ${t?is_first?then(ob.capability + " (" + ob.rating + ")", "")} | ${c(t.task)} (${t.id}) | ${t.target} | ${t.outcome} |
</#list></#list>

## Scenario and injects

| Step | Scheduled | Fired | Technique | ATT&CK | Actor | Calls |
| --- | --- | --- | --- | --- | --- | --- |
<#list injects as i>
| ${i.step} | ${i.scheduled} | ${i.fired} (${i.latenessMillis} ms late, wall clock) | `${i.technique}` | ${ids(i.attackIds)} | ${i.actor} | <#list i.calls as k>${k.call} ${k.outcome} (request `${k.requestId!"-"}`)<#sep>; </#list> |
</#list>
<#list notFired as n>
| ${n.step} | ${n.scheduled} | not fired | `${n.technique}` | ${ids(n.attackIds)} | ${n.actor} | - |
</#list>

## Dual timeline

${timeline.shown} of ${timeline.total} lines shown.

| Scenario time | Attacker | Detection | Blue team | Cites |
| --- | --- | --- | --- | --- |
<#list timeline.lines as t>
<#assign line = c(t.who + ": " + t.what + " (" + t.outcome + ")")>
| ${t.at} | ${(t.lane == "attacker")?then(line, "")} | ${(t.lane == "detection")?then(line, "")} | ${(t.lane == "blue")?then(line, "")} | ${t.citesKind} `${t.cites!"-"}` |
</#list>

## Metrics

| Metric | Value | Target | Status | Formula |
| --- | --- | --- | --- | --- |
<#list metrics as m>
| ${m.abbreviation}: ${m.name} | ${m.value} | ${m.target} | ${m.status} | ${c(m.formula)} |
</#list>

## Detection coverage

| Technique | ATT&CK | Expected detection | Source | Outcome | Latency |
| --- | --- | --- | --- | --- | --- |
<#list coverage as k>
| `${k.technique}` | ${ids(k.attackIds)} | ${c(k.detection)} | ${k.source!"-"} | ${k.outcome} | ${k.latency} |
</#list>

## Capability analysis

| Phase | Capability | Rating | Achieved | Strengths | Areas for improvement |
| --- | --- | --- | --- | --- | --- |
<#list capabilities as k>
| ${k.phase} | ${k.capability} | **${k.rating}** | ${k.percent} % | ${c(k.strengths?join("; "))} | ${c(k.areas?join("; "))} |
</#list>

| Phase | Expectation | Outcome | Clock started | Achieved | Metric | Target | Evidence |
| --- | --- | --- | --- | --- | --- | --- | --- |
<#list expectations as e>
| ${e.phase} | `${c(e.event)}` by ${e.by} (${e.id}) | ${e.outcome} | ${e.startedAt} | ${e.achievedAt} | ${e.metric}: ${e.latency} | ${e.target} | `${e.evidenceId!"-"}` |
</#list>

## Improvement plan

<#if improvementPlan?has_content>
| Item | Capability | Issue | Corrective action | POETE | Owner | Due | Retest criterion |
| --- | --- | --- | --- | --- | --- | --- | --- |
<#list improvementPlan as i>
| ${i.id} | ${i.capability} | ${c(i.issue)} | ${c(i.correctiveAction)} | ${i.poete} | ${i.owner} | ${i.due} | ${c(i.retest)} |
</#list>
<#else>
Every expectation was met within its target: no improvement item.
</#if>

## Compliance crosswalk

| Framework | Control | Requirement (paraphrased) | Status | Evidence in this report |
| --- | --- | --- | --- | --- |
<#list crosswalk as k>
| ${k.framework} | ${k.control} | ${c(k.requirement)} | ${k.status} | ${c(k.evidence)}<#if k.sections?has_content> (see ${k.sections?join(", ")})</#if> |
</#list>

## Hot wash

<#if hotWash.recorded><#list hotWash.entries as n>- ${n.at}, ${n.by}: ${c(n.text)}
</#list><#else>${hotWash.note}.</#if>

## Appendices

### A. Journal excerpt

${a.journalExcerpt.shown} of ${a.journalExcerpt.total} entries.

| Seq | Time | Type | What | Previous line's hash |
| --- | --- | --- | --- | --- |
<#list a.journalExcerpt.entries as j>
| ${j.seq} | ${j.at} | `${j.type}` | ${c(j.summary)} | `${j.prev}` |
</#list>

### B. Evidence manifest

| File | Bytes | SHA-256 |
| --- | --- | --- |
<#list a.manifest as f>
| `${f.name}` | ${f.bytes?c} | `${f.sha256}` |
</#list>

### C. Cleanup verification: ${a.cleanup.verdict}

<#list a.cleanup.ledger as l>
- ledger entry ${l.seq}: `${l.technique}` ${l.change}
</#list>

Undone: ${c(a.cleanup.undone?join("; "))}. Left: ${c(a.cleanup.failed?join("; "))}.

### D. Deviations from the plan

<#if a.deviations?has_content>
<#list a.deviations as x>
- ${x.at} ${x.kind}: ${x.what}
</#list>
<#else>
None.
</#if>
