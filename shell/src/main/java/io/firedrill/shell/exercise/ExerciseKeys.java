package io.firedrill.shell.exercise;

import io.firedrill.exercise.scenario.ScenarioException;
import io.firedrill.injector.cleanup.Change;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.IamClientBuilder;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.iam.model.AccessKeyMetadata;
import software.amazon.awssdk.services.iam.model.IamException;

/**
 * The access keys an exercise in an existing account plays with: a fresh key for each user an actor
 * holds the key of (the "leaked" key) and for the blue team's user, each removed by cleanup.
 *
 * @param credentials the new keys by user name; they hold secrets, never journaled
 * @param changes what cleanup must undo: each user's new keys, beside the keys it had before
 */
record ExerciseKeys(Map<String, AwsBasicCredentials> credentials, List<Change> changes) {

  static ExerciseKeys issue(TargetAccount account, Collection<String> users) {
    Map<String, AwsBasicCredentials> credentials = new LinkedHashMap<>();
    List<Change> changes = new ArrayList<>();
    IamClientBuilder builder =
        IamClient.builder()
            .region(Region.US_EAST_1)
            .credentialsProvider(StaticCredentialsProvider.create(account.control()))
            .httpClient(UrlConnectionHttpClient.create());
    if (account.endpoint() != null) {
      builder.endpointOverride(account.endpoint());
    }
    try (IamClient iam = builder.build()) {
      for (String user : users) {
        List<String> existing;
        AccessKey key;
        try {
          existing =
              iam.listAccessKeys(r -> r.userName(user)).accessKeyMetadata().stream()
                  .map(AccessKeyMetadata::accessKeyId)
                  .toList();
          key = iam.createAccessKey(r -> r.userName(user)).accessKey();
        } catch (IamException e) {
          throw new ScenarioException(
              List.of(
                  "cannot give the exercise a key of user '"
                      + user
                      + "' in account "
                      + account.accountId()
                      + ": "
                      + e.awsErrorDetails().errorMessage()
                      + "; the scenario's baseline must be in place (firedrill sandbox up), and"
                      + " the user must have fewer than two access keys"));
        }
        credentials.put(user, AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey()));
        changes.add(
            new Change(
                Change.IAM_NEW_ACCESS_KEYS, user, Map.of("existing", String.join(",", existing))));
      }
    }
    return new ExerciseKeys(credentials, changes);
  }

  @Override
  public String toString() {
    return "ExerciseKeys" + credentials.keySet();
  }
}
