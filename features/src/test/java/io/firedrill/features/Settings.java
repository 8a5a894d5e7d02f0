package io.firedrill.features;

import java.nio.file.Path;

/**
 * Where the suite finds the firedrill home and the team's own rules and playbooks: a system
 * property, else an environment variable, else what the feature names (under the home). Teams point
 * the shipped features at their own detections this way, without editing the project.
 */
final class Settings {

  private Settings() {}

  /** The checkout: the features run from features/, so its parent unless told otherwise. */
  static Path home() {
    String given = setting("firedrill.home", "FIREDRILL_HOME");
    return Path.of(given != null ? given : "..").toAbsolutePath().normalize();
  }

  /** The folder of detection rules to use: FIREDRILL_DETECTIONS, else the feature's folder. */
  static Path detections(String named) {
    String given = setting("firedrill.detections", "FIREDRILL_DETECTIONS");
    return given != null ? Path.of(given).toAbsolutePath() : home().resolve(named);
  }

  /**
   * The responder playbook to use: FIREDRILL_PLAYBOOKS (a folder holding {@code <name>.yaml}, or
   * one YAML file), else the feature's, as a path under the home or a name in scenarios/playbooks/.
   */
  static String playbook(String named) {
    String given = setting("firedrill.playbooks", "FIREDRILL_PLAYBOOKS");
    if (given != null) {
      Path path = Path.of(given).toAbsolutePath();
      if (given.endsWith(".yaml") || given.endsWith(".yml")) {
        return path.toString();
      }
      String file =
          named.endsWith(".yaml") ? Path.of(named).getFileName().toString() : named + ".yaml";
      return path.resolve(file).toString();
    }
    Path underHome = home().resolve(named);
    return named.endsWith(".yaml") || named.endsWith(".yml") ? underHome.toString() : named;
  }

  static String setting(String property, String variable) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      value = System.getenv(variable);
    }
    return value == null || value.isBlank() ? null : value;
  }
}
