package io.firedrill.sandbox.cloudtrail;

import io.firedrill.sandbox.api.EventResource;
import io.firedrill.sandbox.api.ResourceRef;
import io.firedrill.sandbox.auth.Caller;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * What the gateway knows about one served call, from which the history writes a record.
 *
 * @param time when the call was received
 * @param caller who made it
 * @param eventSource e.g. {@code iam.amazonaws.com}
 * @param eventName the operation
 * @param region the region the call was signed for
 * @param sourceIp the apparent source IP
 * @param userAgent the User-Agent header, or null
 * @param requestParameters the recorded request parameters (JSON null when none)
 * @param responseElements the recorded response elements (JSON null when none)
 * @param errorCode the recorded error code, or null when the call succeeded
 * @param errorMessage the error message, or null when the call succeeded
 * @param requestId the request id the response carried
 * @param readOnly whether the operation only reads
 * @param resources the resources LookupEvents lists for the event
 * @param eventResources the record's own {@code resources} field, empty for most events
 * @param additionalEventData the record's {@code additionalEventData}, or null for none (S3 writes
 *     one for every call)
 */
public record CallRecord(
    Instant time,
    Caller caller,
    String eventSource,
    String eventName,
    String region,
    String sourceIp,
    String userAgent,
    JsonNode requestParameters,
    JsonNode responseElements,
    String errorCode,
    String errorMessage,
    String requestId,
    boolean readOnly,
    List<ResourceRef> resources,
    List<EventResource> eventResources,
    JsonNode additionalEventData) {

  public CallRecord {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(eventName, "eventName");
    resources = List.copyOf(resources);
    eventResources = List.copyOf(eventResources);
  }
}
