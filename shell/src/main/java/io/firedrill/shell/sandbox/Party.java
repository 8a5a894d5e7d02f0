package io.firedrill.shell.sandbox;

import java.util.Locale;

/** Who uses the sandbox: firedrill's admin, the blue team, or the attacker with the leaked key. */
public enum Party {
  ADMIN("firedrill's admin, allowed everything"),
  BLUE("the blue team"),
  ATTACKER("the attacker, holding the leaked key");

  private final String description;

  Party(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }

  public static Party parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("expected admin, blue or attacker; got '" + text + "'");
    }
  }
}
