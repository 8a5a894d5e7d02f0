package io.firedrill.injector.aws;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One API call an actor made, and AWS's answer.
 *
 * @param requestId AWS's request id, which the CloudTrail record of the call carries as requestID
 * @param outcome {@code allowed}, {@code denied}, {@code throttled} or {@code failed}
 * @param errorCode AWS's error code, or null when the call succeeded
 */
public record ApiCall(
    String service, String operation, String requestId, String outcome, String errorCode) {

  public Map<String, Object> toJournal() {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("service", service);
    data.put("operation", operation);
    data.put("requestId", requestId);
    data.put("outcome", outcome);
    if (errorCode != null) {
      data.put("errorCode", errorCode);
    }
    return data;
  }
}
