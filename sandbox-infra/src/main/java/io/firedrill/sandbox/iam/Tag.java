package io.firedrill.sandbox.iam;

import java.util.Objects;

/** An IAM tag. */
public record Tag(String key, String value) {

  public Tag {
    Objects.requireNonNull(key, "key");
    value = value == null ? "" : value;
  }
}
