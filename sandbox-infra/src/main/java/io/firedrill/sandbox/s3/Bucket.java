package io.firedrill.sandbox.s3;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A bucket: its settings, and its objects by key in key order (the order S3 lists them in, by UTF-8
 * bytes, which for the keys here is the order of their chars). Mutable; guarded by the {@link
 * S3Store} that holds it.
 */
final class Bucket {

  final String name;
  final String region;
  final Instant created;
  String policy;
  PublicAccessBlock publicAccessBlock = PublicAccessBlock.ALL;
  List<Grant> acl;
  List<Tag> tags;
  final TreeMap<String, StoredObject> objects = new TreeMap<>();

  Bucket(String name, String region, Instant created, List<Grant> acl) {
    this.name = Objects.requireNonNull(name, "name");
    this.region = Objects.requireNonNull(region, "region");
    this.created = Objects.requireNonNull(created, "created");
    this.acl = List.copyOf(acl);
  }

  String arn() {
    return "arn:aws:s3:::" + name;
  }
}
