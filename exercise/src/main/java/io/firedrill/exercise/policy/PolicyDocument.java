package io.firedrill.exercise.policy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An identity policy of Allow statements, in the order given, each with a unique Sid.
 *
 * @param statements in the order they print
 */
public record PolicyDocument(List<PolicyStatement> statements) {

  /** The only policy language version IAM documents should use. */
  public static final String VERSION = "2012-10-17";

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  public PolicyDocument {
    statements = List.copyOf(statements);
    Set<String> sids = new HashSet<>();
    for (PolicyStatement statement : statements) {
      if (!sids.add(statement.sid())) {
        throw new IllegalArgumentException("two statements have the Sid " + statement.sid());
      }
    }
  }

  /** Every action the document allows, sorted. */
  public List<String> actions() {
    Set<String> all = new TreeSet<>();
    statements.forEach(s -> all.addAll(s.actions()));
    return List.copyOf(all);
  }

  /** The same document without {@code action} anywhere; a statement left with none is dropped. */
  public PolicyDocument without(String action) {
    return without(null, action);
  }

  /**
   * The same document without {@code action} in the statement {@code sid} (in every statement when
   * {@code sid} is null); a statement left with no action is dropped.
   */
  public PolicyDocument without(String sid, String action) {
    List<PolicyStatement> kept = new ArrayList<>();
    for (PolicyStatement statement : statements) {
      boolean here = sid == null || sid.equals(statement.sid());
      List<String> actions =
          statement.actions().stream().filter(a -> !(here && a.equals(action))).toList();
      if (!actions.isEmpty()) {
        kept.add(new PolicyStatement(statement.sid(), actions, statement.resources()));
      }
    }
    return new PolicyDocument(kept);
  }

  /**
   * The document as IAM takes it: Version, then Statement; each statement's members in the order
   * Sid, Effect, Action, Resource; lists always arrays. Same document, same text.
   */
  public String toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("Version", VERSION);
    ArrayNode list = root.putArray("Statement");
    for (PolicyStatement statement : statements) {
      ObjectNode node = list.addObject();
      node.put("Sid", statement.sid());
      node.put("Effect", "Allow");
      statement.actions().forEach(node.putArray("Action")::add);
      statement.resources().forEach(node.putArray("Resource")::add);
    }
    return JSON.writeValueAsString(root);
  }
}
