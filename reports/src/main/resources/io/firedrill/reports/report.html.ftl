<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>After-action report: ${title}</title>
<style>
  body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2rem auto; max-width: 60rem; color: #1d2430; padding: 0 1rem; }
  h1 { font-size: 1.6rem; margin-bottom: .2rem; }
  h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #d8dde6; padding-bottom: .3rem; }
  .sub { color: #5b6678; margin-top: 0; }
  table { border-collapse: collapse; width: 100%; font-size: .92rem; }
  th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid #e6e9ef; vertical-align: top; }
  th { background: #f4f6f9; font-weight: 600; }
  code { font-size: .85rem; }
  .verdict { display: inline-block; padding: .3rem .8rem; border-radius: 4px; font-weight: 600; }
  .pass { background: #e3f4e8; color: #17602c; }
  .fail { background: #fbe4e4; color: #8a1c1c; }
  .met { color: #17602c; font-weight: 600; }
  .late { color: #8a5a00; font-weight: 600; }
  .missed { color: #8a1c1c; font-weight: 600; }
  .party-actor { color: #8a1c1c; }
  .party-blue { color: #1b4f9c; }
  dl { display: grid; grid-template-columns: 12rem 1fr; gap: .2rem 1rem; }
  dt { color: #5b6678; }
  dd { margin: 0; }
</style>
</head>
<body>
<h1>After-action report: ${title}</h1>
<p class="sub">Exercise <code>${exerciseId}</code>, scenario <code>${scenarioId}</code></p>

<p><span class="verdict ${allMet?then('pass','fail')}" id="verdict">${met} of ${total} expectations met</span>
   <span class="verdict ${allMet?then('pass','fail')}" id="score">score ${score} / 100</span></p>

<h2>Exercise</h2>
<dl>
  <dt>Started</dt><dd>${startedAt}</dd>
  <dt>Scenario time played</dt><dd>${duration} (speed ${speed})</dd>
  <dt>Ended because</dt><dd>${endReason}</dd>
  <dt>Account and region</dt><dd><code>${accountId}</code>, <code>${region}</code></dd>
  <dt>Scenario file SHA-256</dt><dd><code>${sha256}</code></dd>
</dl>

<h2>Capabilities</h2>
<table id="phases">
  <thead><tr><th>Phase</th><th>Rating</th><th>Achieved</th><th>Points</th><th>Weight</th></tr></thead>
  <tbody>
  <#list phases as p>
    <tr id="phase-${p.phase}"><td>${p.phase}</td><td>${p.rating}</td><td>${p.percent} %</td><td>${p.points}</td><td>${p.weight}</td></tr>
  </#list>
  </tbody>
</table>
<p><small>Ratings as HSEEP gives them: P performed without challenges (90 % or more, every
expectation met), S with some challenges (70 % or more), M with major challenges, U unable to be
performed. An expectation met within its target counts 100 %, falling linearly to 50 % at three
times the target; a missed one counts 0.</small></p>

<h2>Expectations</h2>
<table id="expectations">
  <thead><tr><th>Phase</th><th>Expectation</th><th>Outcome</th><th>Clock started</th><th>Achieved</th><th>Metric</th><th>Target</th></tr></thead>
  <tbody>
  <#list expectations as e>
    <tr id="expectation-${e.id}">
      <td>${e.phase}</td>
      <td><code>${e.event}</code> by ${e.by}<br><small>${e.id}</small></td>
      <td class="${e.outcome}">${e.outcome}</td>
      <td>${e.startedAt}</td>
      <td>${e.achievedAt}</td>
      <td>${e.metric}: ${e.latency}</td>
      <td>${e.target}</td>
    </tr>
  </#list>
  </tbody>
</table>

<h2>Evidence</h2>
<table id="evidence">
  <thead><tr><th>Expectation</th><th>Who</th><th>Source IP</th><th>Access key</th><th>Event time (UTC)</th><th>CloudTrail eventID</th></tr></thead>
  <tbody>
  <#list expectations as e>
    <#if e.hasEvidence>
    <tr>
      <td>${e.id}</td>
      <td>${e.who}<br><small><code>${e.arn}</code></small></td>
      <td>${e.sourceIp}</td>
      <td><code>${e.accessKeyId}</code></td>
      <td>${e.eventTime}</td>
      <td><code>${e.eventId}</code></td>
    </tr>
    <#else>
    <tr><td>${e.id}</td><td colspan="5">not achieved: no matching event was seen</td></tr>
    </#if>
  </#list>
  </tbody>
</table>

<h2>Timeline</h2>
<table id="timeline">
  <thead><tr><th>Scenario time</th><th>Who</th><th>What</th><th>Answer</th><th>Evidence</th></tr></thead>
  <tbody>
  <#list timeline as t>
    <tr class="party-${t.party}"><td>${t.at}</td><td>${t.who}</td><td>${t.what}</td><td>${t.outcome}</td><td><code>${t.evidence}</code></td></tr>
  </#list>
  </tbody>
</table>

<h2>How the times are measured</h2>
<p>All times are scenario times, counted from the start of the exercise. An attacker expectation's
clock starts when the inject that made the call fired, and stops when the scorer first saw the call
in CloudTrail event history. A blue-team expectation's clock starts at the first such attack and
stops when the scorer first saw the blue team's successful call.</p>
</body>
</html>
