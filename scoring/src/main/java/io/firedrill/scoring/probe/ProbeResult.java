package io.firedrill.scoring.probe;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one probe found.
 *
 * @param probe access-key, user-deleted, trail-logging or detector-enabled
 * @param target what it checked: a key id (never its secret), a user, a trail, or "account"
 * @param user for a key, the user whose key it is
 * @param passed whether the account is in the state the response is for
 * @param detail what AWS answered, for people
 */
record ProbeResult(String probe, String target, String user, boolean passed, String detail) {

  Map<String, Object> toJournal(String after) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("probe", probe);
    data.put("target", target);
    data.put("user", user);
    data.put("passed", passed);
    data.put("detail", detail);
    data.put("after", after);
    return data;
  }
}
