package io.firedrill.sandbox.s3;

import java.util.Objects;

/** One bucket tag. */
record Tag(String key, String value) {

  Tag {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
  }
}
