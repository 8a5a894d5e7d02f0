package io.firedrill.sandbox.organizations;

import io.firedrill.sandbox.api.ApiCall;
import io.firedrill.sandbox.api.AwsException;
import io.firedrill.sandbox.api.Operation;
import io.firedrill.sandbox.api.Outcome;
import io.firedrill.sandbox.api.Protocol;
import io.firedrill.sandbox.api.ResourceRef;
import io.firedrill.sandbox.api.ServiceDefinition;
import io.firedrill.sandbox.wire.Json;
import io.firedrill.sandbox.wire.JsonInput;
import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * Organizations' JSON API (version 2016-11-28) for the one account the sandbox holds: it is either
 * in no organization or the management account of one it created.
 */
public final class OrganizationsService {

  private static final Set<String> FEATURE_SETS = Set.of("ALL", "CONSOLIDATED_BILLING");
  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

  private final String accountId;
  private final SecureRandom random = new SecureRandom();
  // Null while the account is in no organization.
  private Organization organization;

  public OrganizationsService(String accountId) {
    this.accountId = accountId;
  }

  /**
   * @param id e.g. {@code o-a1b2c3d4e5}
   * @param featureSet ALL or CONSOLIDATED_BILLING
   */
  record Organization(String id, String featureSet, String masterAccountId) {

    String arn() {
      return "arn:aws:organizations::" + masterAccountId + ":organization/" + id;
    }
  }

  /** The service as the gateway routes to it. */
  public ServiceDefinition definition() {
    return ServiceDefinition.of(
        "organizations",
        "organizations.amazonaws.com",
        Protocol.JSON,
        "AWSOrganizationsV20161128",
        "2016-11-28",
        List.of(
            Operation.write("CreateOrganization", this::create),
            Operation.read("DescribeOrganization", this::describe),
            Operation.write("DeleteOrganization", this::delete)));
  }

  private synchronized Outcome create(ApiCall call) {
    String featureSet = JsonInput.string(call.json(), "FeatureSet");
    if (featureSet == null) {
      featureSet = "ALL";
    }
    if (!FEATURE_SETS.contains(featureSet)) {
      throw new AwsException(
          400,
          "InvalidInputException",
          "Invalid FeatureSet '" + featureSet + "': expected ALL or CONSOLIDATED_BILLING.");
    }
    if (organization != null) {
      throw new AwsException(
          400,
          "AlreadyInOrganizationException",
          "The AWS account is already a member of an organization.");
    }
    organization = new Organization(newId(), featureSet, accountId);
    ObjectNode body = Json.object();
    body.set("Organization", describe(organization));
    return Outcome.json(body)
        .recording(body)
        .about(new ResourceRef("AWS::Organizations::Organization", organization.id()));
  }

  private synchronized Outcome describe(ApiCall call) {
    ObjectNode body = Json.object();
    body.set("Organization", describe(current()));
    return Outcome.json(body);
  }

  private synchronized Outcome delete(ApiCall call) {
    Organization gone = current();
    organization = null;
    return Outcome.json(Json.object())
        .about(new ResourceRef("AWS::Organizations::Organization", gone.id()));
  }

  private Organization current() {
    if (organization == null) {
      throw new AwsException(
          400,
          "AWSOrganizationsNotInUseException",
          "Your account is not a member of an organization.");
    }
    return organization;
  }

  private static ObjectNode describe(Organization org) {
    ObjectNode node = Json.object();
    node.put("Id", org.id());
    node.put("Arn", org.arn());
    node.put("FeatureSet", org.featureSet());
    node.put(
        "MasterAccountArn",
        "arn:aws:organizations::"
            + org.masterAccountId()
            + ":account/"
            + org.id()
            + "/"
            + org.masterAccountId());
    node.put("MasterAccountId", org.masterAccountId());
    node.put("MasterAccountEmail", "firedrill+" + org.masterAccountId() + "@example.com");
    node.set("AvailablePolicyTypes", Json.MAPPER.createArrayNode());
    return node;
  }

  private String newId() {
    StringBuilder id = new StringBuilder("o-");
    for (int i = 0; i < 10; i++) {
      id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return id.toString();
  }
}
