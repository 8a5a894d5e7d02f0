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
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Gives an existing user a console password: access through the console, not keys. */
public final class IamCreateLoginProfile implements Technique<IamCreateLoginProfile.Params> {

  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * @param userName the user to give a console password to
   */
  public record Params(String userName) {}

  private static final TechniqueInfo INFO =
      new TechniqueInfo(
          "aws.persistence.iam-create-user-login-profile",
          "Give a user a console password",
          "Calls iam:CreateLoginProfile for a user without one. The password is random and"
              + " written nowhere; CloudTrail records the call without it.",
          List.of("T1098"),
          IncidentType.PERSISTENCE,
          List.of("CreateLoginProfile"),
          List.of("Persistence:IAMUser/AnomalousBehavior"),
          List.of("iam:CreateLoginProfile"));

  @Override
  public TechniqueInfo info() {
    return INFO;
  }

  @Override
  public Params parameters(Map<String, String> with) {
    Parameters.allowOnly(with, Set.of("userName"));
    return new Params(
        Parameters.required(with, "userName", "the user to give a console password to"));
  }

  @Override
  public List<Grant> grants(Params p, Arns arns) {
    return Grant.on(arns.user(p.userName()), "iam:CreateLoginProfile");
  }

  @Override
  public List<ApiCall> detonate(AwsSession session, Params p, Ledger ledger) {
    ledger.willMake(Change.of(Change.IAM_LOGIN_PROFILE, p.userName()));
    String password = password();
    return List.of(
        session.call(
            "iam",
            "CreateLoginProfile",
            () ->
                session
                    .iam()
                    .createLoginProfile(r -> r.userName(p.userName()).password(password))));
  }

  private static String password() {
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#%^*";
    StringBuilder out = new StringBuilder("Fd1!");
    for (int i = 0; i < 20; i++) {
      out.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
    }
    return out.toString();
  }
}
