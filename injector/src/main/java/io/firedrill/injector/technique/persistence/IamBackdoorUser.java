package io.firedrill.injector.technique.persistence;

import io.firedrill.injector.aws.ApiCall;
import io.firedrill.injector.aws.AwsSession;
import io.firedrill.injector.cleanup.Change;
import io.firedrill.injector.cleanup.Ledger;
import io.firedrill.injector.technique.Arns;
import io.firedrill.injector.technique.Grant;
import io.firedrill.injector.technique.IncidentType;
import io.firedrill.injector.technique.Parameters;
import io.firedrill.injector.technique.Technique;
import io.firedrill.injector.technique.TechniqueInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.iam.model.AccessKeyMetadata;

/** Creates an access key for another, existing user: persistence that looks like that user. */
public final class IamBackdoorUser implements Technique<IamBackdoorUser.Params> {

  /**
   * @param userName the existing user to give a key to
   */
  public record Params(String userName) {}

  private static final TechniqueInfo INFO =
      new TechniqueInfo(
          "aws.persistence.iam-backdoor-user",
          "Create an access key for an existing user",
          "Lists another user's keys (iam:ListAccessKeys), then calls iam:CreateAccessKey for"
              + " it, whose own activity then hides the attacker's. IAM allows two keys a user; a"
              + " user with two already refuses. Cleanup deletes only the new key.",
          List.of("T1098.001"),
          IncidentType.PERSISTENCE,
          List.of("ListAccessKeys", "CreateAccessKey"),
          List.of("Persistence:IAMUser/AnomalousBehavior"),
          List.of("iam:ListAccessKeys", "iam:CreateAccessKey"));

  @Override
  public TechniqueInfo info() {
    return INFO;
  }

  @Override
  public Params parameters(Map<String, String> with) {
    Parameters.allowOnly(with, Set.of("userName"));
    return new Params(Parameters.required(with, "userName", "the existing user to give a key to"));
  }

  @Override
  public List<Grant> grants(Params p, Arns arns) {
    return Grant.on(arns.user(p.userName()), "iam:ListAccessKeys", "iam:CreateAccessKey");
  }

  @Override
  public List<ApiCall> detonate(AwsSession session, Params p, Ledger ledger) {
    // Cleanup must delete only the key this makes: note the keys the user has now. Without that
    // list cleanup could not tell the user's own keys from the new one, so no key is made.
    List<ApiCall> calls = new ArrayList<>();
    List<String> existing = new ArrayList<>();
    calls.add(
        session.call(
            "iam",
            "ListAccessKeys",
            () -> {
              var listed = session.iam().listAccessKeys(r -> r.userName(p.userName()));
              listed.accessKeyMetadata().stream()
                  .map(AccessKeyMetadata::accessKeyId)
                  .forEach(existing::add);
              return listed;
            }));
    if (!"allowed".equals(calls.get(0).outcome())) {
      return calls;
    }
    ledger.willMake(
        Change.of(
            Change.IAM_NEW_ACCESS_KEYS, p.userName(), "existing", String.join(",", existing)));
    calls.add(
        session.call(
            "iam",
            "CreateAccessKey",
            () -> session.iam().createAccessKey(r -> r.userName(p.userName()))));
    return calls;
  }
}
