package io.firedrill.sandbox.baseline;

import java.util.regex.Pattern;

/**
 * An IAM user the baseline creates.
 *
 * @param name the user name, as IAM allows it
 * @param accessKey whether the user gets an access key
 */
public record BaselineUser(String name, boolean accessKey) {

  private static final Pattern NAME = Pattern.compile("[\\w+=,.@-]{1,64}");

  public BaselineUser {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "user name must be 1-64 letters, digits or +=,.@_- characters, got '" + name + "'");
    }
  }
}
