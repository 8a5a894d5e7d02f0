package io.firedrill.injector.cleanup;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

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

  /**
   * Access keys that will be created for an existing user, named by the user (details: existing,
   * the ids of the keys it had before, comma-separated; undo deletes any other).
   */
  public static final String IAM_NEW_ACCESS_KEYS = "iam-new-access-keys";

  /** A managed policy that will be attached to a user (details: policyArn). */
  public static final String IAM_USER_POLICY_ATTACHED = "iam-user-policy-attached";

  /** An inline policy that will be put on a user (details: policyName). */
  public static final String IAM_USER_INLINE_POLICY = "iam-user-inline-policy";

  /** An IAM role that will be created (undo: delete it and what is attached to it). */
  public static final String IAM_ROLE = "iam-role";

  /**
   * EC2 instances that will be launched in a region (id: the region; details: technique, the value
   * of their firedrill:technique tag; undo: terminate every instance the exercise tagged so).
   */
  public static final String EC2_INSTANCES = "ec2-instances";

  /** A GuardDuty detector that will be disabled (id: the detector; undo: enable it). */
  public static final String GUARDDUTY_DISABLED = "guardduty-disabled";

  /** A GuardDuty detector that will be deleted (undo: create one, enabled). */
  public static final String GUARDDUTY_DELETED = "guardduty-deleted";

  /** Ingress that will be opened on a security group (id: group; details: region, port, cidr). */
  public static final String EC2_INGRESS = "ec2-ingress";

  /** A trail whose event selectors will be replaced (details: selectors, the old ones as JSON). */
  public static final String TRAIL_SELECTORS = "trail-selectors";

  /** A trail that will deliver to another bucket (details: bucket, the old one). */
  public static final String TRAIL_BUCKET = "trail-bucket";

  /** A trail that will be deleted (details: bucket, logging; undo: create it again). */
  public static final String TRAIL_DELETED = "trail-deleted";

  /** A console password that will be given to an existing user. */
  public static final String IAM_LOGIN_PROFILE = "iam-login-profile";

  /**
   * A VPC flow log that will be deleted (details: region, resourceId, trafficType, destinationType
   * and what else it was created with; undo: create it again with those settings).
   */
  public static final String FLOW_LOG_DELETED = "flow-log-deleted";

  /**
   * A managed policy that will get a new default version (id: the policy ARN; details: existing,
   * the version ids it had, comma-separated, and defaultVersion; undo: make the old default the
   * default again and delete the other versions).
   */
  public static final String POLICY_VERSION = "policy-version";

  /**
   * A snapshot that will be shared with another account (details: region, account; undo: remove
   * that account's createVolumePermission).
   */
  public static final String SNAPSHOT_SHARED = "snapshot-shared";

  /** A role whose trust policy will be replaced (details: document, the old one). */
  public static final String ROLE_TRUST = "role-trust";

  /** A trail whose logging will be stopped (undo: start it again). */
  public static final String TRAIL_LOGGING_STOPPED = "trail-logging-stopped";

  /**
   * A bucket whose policy will be replaced (details: policy, the old one as JSON, empty when it had
   * none; undo puts the old one back or deletes the new).
   */
  public static final String S3_BUCKET_POLICY = "s3-bucket-policy";

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
    data.put("details", new TreeMap<>(details));
    return data;
  }
}
