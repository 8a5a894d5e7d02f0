package io.firedrill.sandbox.cloudtrail;

import io.firedrill.sandbox.api.ResourceRef;
import java.time.Instant;
import java.util.List;

/**
 * One recorded event: the record's text, kept as written, and the fields LookupEvents filters on.
 *
 * @param sequence the order of recording, which pages and sorts newest first
 * @param eventId the record's eventID
 * @param eventTime the record's eventTime
 * @param eventName the operation
 * @param eventSource the service
 * @param readOnly whether the operation only reads
 * @param userName the caller's user name
 * @param accessKeyId the key the call was signed with
 * @param resources the resources the event refers to
 * @param recordJson the CloudTrail record as JSON text
 */
record HistoryEntry(
    long sequence,
    String eventId,
    Instant eventTime,
    String eventName,
    String eventSource,
    boolean readOnly,
    String userName,
    String accessKeyId,
    List<ResourceRef> resources,
    String recordJson) {

  HistoryEntry {
    resources = List.copyOf(resources);
  }
}
