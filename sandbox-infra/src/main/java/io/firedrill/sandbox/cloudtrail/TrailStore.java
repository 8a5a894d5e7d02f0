package io.firedrill.sandbox.cloudtrail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The account's trails, by name. Thread-safe. */
final class TrailStore {

  // AWS allows five trails per region.
  static final int MAX_TRAILS = 5;

  private static final Pattern TRAIL_ARN =
      Pattern.compile("arn:aws[\\w-]*:cloudtrail:([\\w-]+):(\\d{12}):trail/(.+)");
  private static final Pattern NAME_CHARS = Pattern.compile("[A-Za-z0-9._-]+");
  private static final Pattern IP_LIKE = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private final Map<String, Trail> trails = new LinkedHashMap<>();

  synchronized List<Trail> snapshot() {
    return List.copyOf(trails.values());
  }

  synchronized void restore(List<Trail> state) {
    trails.clear();
    state.forEach(trail -> trails.put(trail.name(), trail));
  }

  synchronized Trail create(Trail trail, String accountId) {
    if (trails.containsKey(trail.name())) {
      throw CloudTrailErrors.trailExists(trail.name(), accountId);
    }
    if (trails.size() >= MAX_TRAILS) {
      throw CloudTrailErrors.tooManyTrails(accountId, trail.homeRegion());
    }
    trails.put(trail.name(), trail);
    return trail;
  }

  /** The trail a name or ARN refers to; TrailNotFoundException when none. */
  synchronized Trail resolve(String nameOrArn, String region, String accountId) {
    String name = nameOf(nameOrArn);
    Trail trail = trails.get(name);
    String arn = nameOrArn.startsWith("arn:") ? nameOrArn : arn(region, accountId, name);
    if (trail == null || !trail.arn().equals(arn)) {
      throw CloudTrailErrors.trailNotFound(arn, accountId);
    }
    return trail;
  }

  synchronized Trail update(
      String nameOrArn, String region, String accountId, UnaryOperator<Trail> change) {
    Trail updated = change.apply(resolve(nameOrArn, region, accountId));
    trails.put(updated.name(), updated);
    return updated;
  }

  synchronized void delete(String nameOrArn, String region, String accountId) {
    trails.remove(resolve(nameOrArn, region, accountId).name());
  }

  synchronized List<Trail> all() {
    return new ArrayList<>(trails.values());
  }

  synchronized Optional<Trail> byArn(String arn) {
    return trails.values().stream().filter(t -> t.arn().equals(arn)).findFirst();
  }

  static String arn(String region, String accountId, String name) {
    return "arn:aws:cloudtrail:" + region + ":" + accountId + ":trail/" + name;
  }

  /** The trail name in a name or ARN, validated as CloudTrail validates names. */
  static String nameOf(String nameOrArn) {
    if (nameOrArn.startsWith("arn:")) {
      Matcher matcher = TRAIL_ARN.matcher(nameOrArn);
      if (!matcher.matches()) {
        throw CloudTrailErrors.invalidArn(nameOrArn);
      }
      return validName(matcher.group(3));
    }
    return validName(nameOrArn);
  }

  static String validName(String name) {
    if (name.length() < 3 || name.length() > 128) {
      throw CloudTrailErrors.invalidName(
          "Trail name must be between 3 and 128 characters. Specified name length: "
              + name.length()
              + " characters.");
    }
    if (!NAME_CHARS.matcher(name).matches()) {
      throw CloudTrailErrors.invalidName(
          "Trail name or ARN can only contain uppercase letters, lowercase letters, numbers,"
              + " periods (.), hyphens (-), and underscores (_).");
    }
    if (!Character.isLetterOrDigit(name.charAt(0))
        || !Character.isLetterOrDigit(name.charAt(name.length() - 1))) {
      throw CloudTrailErrors.invalidName("Trail name must start and end with a letter or number.");
    }
    if (name.matches(".*[._-]{2}.*")) {
      throw CloudTrailErrors.invalidName(
          "Trail name cannot have adjacent periods, underscores or dashes.");
    }
    if (IP_LIKE.matcher(name).matches()) {
      throw CloudTrailErrors.invalidName("Trail name cannot be formatted as an IP address.");
    }
    return name;
  }
}
