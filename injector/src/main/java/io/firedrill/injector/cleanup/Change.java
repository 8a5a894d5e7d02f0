package io.firedrill.injector.cleanup;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A change an inject is about to make to the account, and how to find what it made.
 *
 * @param kind what changes, which says how to undo it (see {@link Cleanup})
 * @param id the thing's name or id, such as a user name or an access key id
 * @param details what else undoing it needs, such as the user an access key belongs to
 */
public record Change(String kind, String id, Map<String, String> details) {

  /** An IAM user that will be created (undo: delete it and everything attached to it). */
  public static final String IAM_USER = "iam-user";

  /** An access key that will be created for an existing user (details: userName). */
  public static final String IAM_ACCESS_KEY = "iam-access-key";

  /** A console password that will be given to an existing user. */
  public static final String IAM_LOGIN_PROFILE = "iam-login-profile";

  /** A trail whose logging will be stopped (undo: start it again). */
  public static final String TRAIL_LOGGING_STOPPED = "trail-logging-stopped";

  public Change {
    details = Map.copyOf(details);
  }

  public static Change of(String kind, String id) {
    return new Change(kind, id, Map.of());
  }

  public static Change of(String kind, String id, String key, String value) {
    return new Change(kind, id, Map.of(key, value));
  }

  Map<String, Object> toJournal(String technique) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("technique", technique);
    data.put("kind", kind);
    data.put("id", id);
    data.put("details", new java.util.TreeMap<>(details));
    return data;
  }
}
