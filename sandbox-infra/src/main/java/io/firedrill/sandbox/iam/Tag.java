package io.firedrill.sandbox.iam;

import java.util.Objects;

/** An IAM tag. */
record Tag(String key, String value) {

  Tag {
    Objects.requireNonNull(key, "key");
    value = value == null ? "" : value;
  }
}
