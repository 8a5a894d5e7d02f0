package io.firedrill.sandbox.events;

import io.firedrill.sandbox.api.ApiCall;
import io.firedrill.sandbox.api.Outcome;
import io.firedrill.sandbox.wire.Json;
import io.firedrill.sandbox.wire.JsonInput;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Rules and their targets and tags on the default bus. */
final class RuleOperations {

  private static final Pattern NAME = Pattern.compile("[.\\-_A-Za-z0-9]{1,64}");
  private static final int MAX_TARGETS = 5;

  private final Rules rules;
  private final String accountId;

  RuleOperations(Rules rules, String accountId) {
    this.rules = rules;
    this.accountId = accountId;
  }

  Outcome putRule(ApiCall call) {
    JsonNode input = call.json();
    EventsService.checkBus(input);
    String name = name(input, "Name");
    String pattern = JsonInput.string(input, "EventPattern");
    String schedule = JsonInput.string(input, "ScheduleExpression");
    if (pattern == null && schedule == null) {
      throw EventsErrors.validation(
          "Parameter(s) EventPattern or ScheduleExpression must be specified.");
    }
    String state = JsonInput.string(input, "State");
    if (state != null
        && !List.of(Rule.ENABLED, Rule.DISABLED, Rule.ALL_MANAGEMENT_EVENTS).contains(state)) {
      throw EventsErrors.validation(
          "1 validation error detected: Value '"
              + state
              + "' at 'state' failed to satisfy constraint: Member must satisfy enum value set:"
              + " [ENABLED, DISABLED, ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS]");
    }
    var machine = pattern == null ? null : Rules.compile(pattern);
    synchronized (rules) {
      Rule rule = rules.get(name);
      if (rule == null) {
        rule =
            new Rule(name, "arn:aws:events:" + call.region() + ":" + accountId + ":rule/" + name);
        rules.put(rule);
      }
      rule.pattern = pattern;
      rule.machine = machine;
      rule.scheduleExpression = schedule;
      rule.state = state == null ? Rule.ENABLED : state;
      rule.description = JsonInput.string(input, "Description");
      rule.roleArn = JsonInput.string(input, "RoleArn");
      putTags(rule, input.get("Tags"));
      ObjectNode out = Json.object();
      out.put("RuleArn", rule.arn);
      ObjectNode recorded = Json.object();
      recorded.put("ruleArn", rule.arn);
      return Outcome.json(out).recording(recorded);
    }
  }

  Outcome describeRule(ApiCall call) {
    EventsService.checkBus(call.json());
    synchronized (rules) {
      Rule rule = rules.require(name(call.json(), "Name"));
      ObjectNode out = summary(rule);
      out.put("CreatedBy", accountId);
      return Outcome.json(out);
    }
  }

  Outcome listRules(ApiCall call) {
    JsonNode input = call.json();
    EventsService.checkBus(input);
    String prefix = JsonInput.string(input, "NamePrefix");
    Integer limit = JsonInput.integer(input, "Limit");
    if (limit != null && (limit < 1 || limit > 100)) {
      throw EventsErrors.validation("Limit must be between 1 and 100.");
    }
    String after = token(JsonInput.string(input, "NextToken"));
    ObjectNode out = Json.object();
    ArrayNode list = out.putArray("Rules");
    synchronized (rules) {
      for (Rule rule : rules.all()) {
        if ((prefix == null || rule.name.startsWith(prefix))
            && (after == null || rule.name.compareTo(after) > 0)) {
          if (limit != null && list.size() == limit) {
            out.put("NextToken", token(list.get(list.size() - 1).get("Name").asString(), true));
            break;
          }
          list.add(summary(rule));
        }
      }
    }
    return Outcome.json(out);
  }

  Outcome deleteRule(ApiCall call) {
    EventsService.checkBus(call.json());
    String name = name(call.json(), "Name");
    synchronized (rules) {
      Rule rule = rules.get(name);
      if (rule != null && !rule.targets.isEmpty()) {
        throw EventsErrors.ruleHasTargets();
      }
      rules.remove(name);
    }
    return Outcome.json(Json.object());
  }

  Outcome setState(ApiCall call, String state) {
    EventsService.checkBus(call.json());
    synchronized (rules) {
      rules.require(name(call.json(), "Name")).state = state;
    }
    return Outcome.json(Json.object());
  }

  Outcome putTargets(ApiCall call) {
    JsonNode input = call.json();
    EventsService.checkBus(input);
    JsonNode targets = JsonInput.array(input, "Targets");
    if (targets == null || targets.isEmpty() || targets.size() > 10) {
      throw EventsErrors.validation("Targets must hold between 1 and 10 targets.");
    }
    ObjectNode out = Json.object();
    ArrayNode failed = Json.MAPPER.createArrayNode();
    synchronized (rules) {
      Rule rule = rules.require(name(input, "Rule"));
      for (JsonNode target : targets) {
        String id = name(target, "Id");
        String arn = JsonInput.string(target, "Arn");
        if (arn == null || arn.isEmpty()) {
          throw EventsErrors.validation("Parameter Arn of target " + id + " is required.");
        }
        checkInput(target);
        if (!rule.targets.containsKey(id) && rule.targets.size() >= MAX_TARGETS) {
          failed
              .addObject()
              .put("TargetId", id)
              .put("ErrorCode", "LimitExceededException")
              .put("ErrorMessage", "The requested resource exceeds the maximum number allowed.");
          continue;
        }
        rule.targets.put(id, (ObjectNode) target.deepCopy());
      }
    }
    out.put("FailedEntryCount", failed.size());
    out.set("FailedEntries", failed);
    return Outcome.json(out);
  }

  Outcome listTargets(ApiCall call) {
    EventsService.checkBus(call.json());
    ObjectNode out = Json.object();
    ArrayNode list = out.putArray("Targets");
    synchronized (rules) {
      rules
          .require(name(call.json(), "Rule"))
          .targets
          .values()
          .forEach(t -> list.add(t.deepCopy()));
    }
    return Outcome.json(out);
  }

  Outcome removeTargets(ApiCall call) {
    JsonNode input = call.json();
    EventsService.checkBus(input);
    JsonNode ids = JsonInput.array(input, "Ids");
    if (ids == null || ids.isEmpty()) {
      throw EventsErrors.validation("Ids must hold at least one target id.");
    }
    synchronized (rules) {
      Rule rule = rules.require(name(input, "Rule"));
      ids.forEach(id -> rule.targets.remove(id.asString()));
    }
    ObjectNode out = Json.object();
    out.put("FailedEntryCount", 0);
    out.putArray("FailedEntries");
    return Outcome.json(out);
  }

  Outcome tag(ApiCall call) {
    synchronized (rules) {
      putTags(rules.byArn(arn(call)), call.json().get("Tags"));
    }
    return Outcome.json(Json.object());
  }

  Outcome untag(ApiCall call) {
    synchronized (rules) {
      Rule rule = rules.byArn(arn(call));
      JsonNode keys = JsonInput.array(call.json(), "TagKeys");
      if (keys != null) {
        keys.forEach(key -> rule.tags.remove(key.asString()));
      }
    }
    return Outcome.json(Json.object());
  }

  Outcome listTags(ApiCall call) {
    ObjectNode out = Json.object();
    ArrayNode list = out.putArray("Tags");
    synchronized (rules) {
      rules.byArn(arn(call)).tags.forEach((k, v) -> list.addObject().put("Key", k).put("Value", v));
    }
    return Outcome.json(out);
  }

  Outcome testPattern(ApiCall call) {
    String pattern = JsonInput.string(call.json(), "EventPattern");
    String event = JsonInput.string(call.json(), "Event");
    if (pattern == null || event == null) {
      throw EventsErrors.validation("EventPattern and Event are required.");
    }
    Rule probe = new Rule("probe", "probe");
    probe.machine = Rules.compile(pattern);
    ObjectNode out = Json.object();
    out.put("Result", probe.matches(event));
    return Outcome.json(out);
  }

  private static String arn(ApiCall call) {
    String arn = JsonInput.string(call.json(), "ResourceARN");
    if (arn == null) {
      throw EventsErrors.validation("ResourceARN is required.");
    }
    return arn;
  }

  private static void putTags(Rule rule, JsonNode tags) {
    if (tags != null && tags.isArray()) {
      tags.forEach(
          tag -> rule.tags.put(tag.path("Key").asString(""), tag.path("Value").asString("")));
    }
  }

  private static void checkInput(JsonNode target) {
    int given =
        (target.hasNonNull("Input") ? 1 : 0)
            + (target.hasNonNull("InputPath") ? 1 : 0)
            + (target.hasNonNull("InputTransformer") ? 1 : 0);
    if (given > 1) {
      throw EventsErrors.validation(
          "Only one of Input, InputPath, or InputTransformer must be provided.");
    }
    if (target.hasNonNull("Input")) {
      try {
        Json.MAPPER.readTree(target.get("Input").asString());
      } catch (JacksonException e) {
        throw EventsErrors.validation("Input is not valid JSON text.");
      }
    }
  }

  private ObjectNode summary(Rule rule) {
    ObjectNode out = Json.object();
    out.put("Name", rule.name);
    out.put("Arn", rule.arn);
    if (rule.pattern != null) {
      out.put("EventPattern", rule.pattern);
    }
    if (rule.scheduleExpression != null) {
      out.put("ScheduleExpression", rule.scheduleExpression);
    }
    out.put("State", rule.state);
    if (rule.description != null) {
      out.put("Description", rule.description);
    }
    if (rule.roleArn != null) {
      out.put("RoleArn", rule.roleArn);
    }
    out.put("EventBusName", "default");
    return out;
  }

  private static String name(JsonNode input, String member) {
    String name = JsonInput.string(input, member);
    if (name == null || !NAME.matcher(name).matches()) {
      throw EventsErrors.validation(
          "1 validation error detected: Value '"
              + name
              + "' at '"
              + member.toLowerCase()
              + "' failed to satisfy constraint: Member must satisfy regular expression pattern:"
              + " [\\.\\-_A-Za-z0-9]+");
    }
    return name;
  }

  private static String token(String name, boolean encode) {
    return Base64.getEncoder().encodeToString(name.getBytes(StandardCharsets.UTF_8));
  }

  private static String token(String token) {
    if (token == null) {
      return null;
    }
    try {
      return new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw EventsErrors.validation("The NextToken is not valid.");
    }
  }
}
