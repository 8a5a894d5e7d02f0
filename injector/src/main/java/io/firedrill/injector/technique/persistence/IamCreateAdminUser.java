package io.firedrill.injector.technique.persistence;

import io.firedrill.injector.aws.ApiCall;
import io.firedrill.injector.aws.AwsSession;
import io.firedrill.injector.cleanup.Change;
import io.firedrill.injector.cleanup.Ledger;
import io.firedrill.injector.technique.Arns;
import io.firedrill.injector.technique.Grant;
import io.firedrill.injector.technique.IncidentType;
import io.firedrill.injector.technique.Parameters;
import io.firedrill.injector.technique.Tags;
import io.firedrill.injector.technique.Technique;
import io.firedrill.injector.technique.TechniqueInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Creates a new IAM user with administrator rights and an access key: a door of one's own. */
public final class IamCreateAdminUser implements Technique<IamCreateAdminUser.Params> {

  static final String ADMIN = "arn:aws:iam::aws:policy/AdministratorAccess";

  /**
   * @param userName the backdoor user's name
   */
  public record Params(String userName) {}

  private static final TechniqueInfo INFO =
      new TechniqueInfo(
          "aws.persistence.iam-create-admin-user",
          "Create an administrator user",
          "Calls iam:CreateUser (tagged, which needs iam:TagUser too), attaches"
              + " AdministratorAccess to the new user and creates an access key for it, so that"
              + " access survives the leaked key being revoked.",
          List.of("T1136.003", "T1098.001"),
          IncidentType.PERSISTENCE,
          List.of("CreateUser", "AttachUserPolicy", "CreateAccessKey"),
          List.of("Persistence:IAMUser/AnomalousBehavior"),
          List.of("iam:CreateUser", "iam:TagUser", "iam:AttachUserPolicy", "iam:CreateAccessKey"));

  @Override
  public TechniqueInfo info() {
    return INFO;
  }

  @Override
  public Params parameters(Map<String, String> with) {
    Parameters.allowOnly(with, Set.of("userName"));
    return new Params(with.getOrDefault("userName", "svc-backup"));
  }

  @Override
  public List<Grant> grants(Params p, Arns arns) {
    return Grant.on(
        arns.user(p.userName()),
        "iam:CreateUser",
        "iam:TagUser",
        "iam:AttachUserPolicy",
        "iam:CreateAccessKey");
  }

  @Override
  public List<ApiCall> detonate(AwsSession session, Params p, Ledger ledger) {
    ledger.willMake(Change.of(Change.IAM_USER, p.userName()));
    List<ApiCall> calls = new ArrayList<>();
    calls.add(
        session.call(
            "iam",
            "CreateUser",
            () ->
                session
                    .iam()
                    .createUser(r -> r.userName(p.userName()).tags(Tags.iam(session, ledger)))));
    calls.add(
        session.call(
            "iam",
            "AttachUserPolicy",
            () -> session.iam().attachUserPolicy(r -> r.userName(p.userName()).policyArn(ADMIN))));
    // The new key's secret is in the answer and goes nowhere: the journal keeps only AWS's verdict.
    calls.add(
        session.call(
            "iam",
            "CreateAccessKey",
            () -> session.iam().createAccessKey(r -> r.userName(p.userName()))));
    return calls;
  }
}
