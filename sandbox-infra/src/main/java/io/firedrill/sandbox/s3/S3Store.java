package io.firedrill.sandbox.s3;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The account's buckets, by name. Every read or change of a bucket happens inside {@link #with},
 * under the store's lock, so that an operation sees one consistent bucket.
 */
public final class S3Store {

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
  private static final Pattern IP_LIKE = Pattern.compile("\\d+\\.\\d+\\.\\d+\\.\\d+");

  private final TreeMap<String, Bucket> buckets = new TreeMap<>();
  private final String accountId;
  private final String ownerId;

  public S3Store(String accountId) {
    this.accountId = accountId;
    this.ownerId = canonicalId(accountId);
  }

  String accountId() {
    return accountId;
  }

  /** The account's canonical user id, which S3 names owners and ACL grantees by. */
  String ownerId() {
    return ownerId;
  }

  synchronized Bucket create(String name, String region, Instant now, List<Grant> acl) {
    Bucket existing = buckets.get(name);
    if (existing != null) {
      // us-east-1 keeps its legacy answer: creating a bucket you own there again succeeds.
      if (region.equals("us-east-1") && existing.region.equals("us-east-1")) {
        return existing;
      }
      throw S3Errors.of(
              409,
              "BucketAlreadyOwnedByYou",
              "Your previous request to create the named bucket succeeded and you already own it.")
          .bucket(name);
    }
    Bucket bucket = new Bucket(name, region, now, acl);
    buckets.put(name, bucket);
    return bucket;
  }

  /** Runs {@code action} on the bucket under the store's lock; NoSuchBucket when there is none. */
  synchronized <T> T with(String name, Function<Bucket, T> action) {
    Bucket bucket = buckets.get(name);
    if (bucket == null) {
      throw S3Errors.noSuchBucket(name);
    }
    return action.apply(bucket);
  }

  /** Like {@link #with}, but answers empty for a bucket that does not exist. */
  synchronized <T> Optional<T> ifExists(String name, Function<Bucket, T> action) {
    Bucket bucket = buckets.get(name);
    return bucket == null ? Optional.empty() : Optional.ofNullable(action.apply(bucket));
  }

  synchronized void delete(String name) {
    Bucket bucket = buckets.get(name);
    if (bucket == null) {
      throw S3Errors.noSuchBucket(name);
    }
    if (!bucket.objects.isEmpty()) {
      throw S3Errors.of(409, "BucketNotEmpty", "The bucket you tried to delete is not empty")
          .bucket(name);
    }
    buckets.remove(name);
  }

  /** Every bucket's name, region and creation time, by name. */
  synchronized List<Bucket> list() {
    return new ArrayList<>(buckets.values());
  }

  /**
   * Writes an object into an existing bucket, as the sandbox itself does (trail log delivery);
   * false when the bucket does not exist.
   */
  public synchronized boolean deliver(
      String bucket, String key, byte[] data, String type, Instant at) {
    Bucket target = buckets.get(bucket);
    if (target == null) {
      return false;
    }
    target.objects.put(
        key,
        StoredObject.of(
            key,
            data,
            type,
            at,
            java.util.Map.of(),
            java.util.Map.of(),
            Grant.canned("private", ownerId)));
    return true;
  }

  /**
   * An object's bytes, as another service of the sandbox reads them with its own role (GuardDuty
   * reading a threat list); empty when the bucket or the key does not exist.
   */
  public synchronized Optional<byte[]> read(String bucket, String key) {
    Bucket source = buckets.get(bucket);
    StoredObject object = source == null ? null : source.objects.get(key);
    return object == null ? Optional.empty() : Optional.of(object.data().clone());
  }

  public synchronized S3State snapshot() {
    List<S3State.BucketState> state = new ArrayList<>();
    for (Bucket b : buckets.values()) {
      state.add(
          new S3State.BucketState(
              b.name,
              b.region,
              b.created,
              b.policy,
              b.publicAccessBlock,
              b.acl,
              b.tags,
              List.copyOf(b.objects.values())));
    }
    return new S3State(state);
  }

  public synchronized void restore(S3State state) {
    buckets.clear();
    for (S3State.BucketState saved : state.buckets()) {
      Bucket bucket = new Bucket(saved.name(), saved.region(), saved.created(), saved.acl());
      bucket.policy = saved.policy();
      bucket.publicAccessBlock = saved.publicAccessBlock();
      bucket.tags = saved.tags();
      saved.objects().forEach(o -> bucket.objects.put(o.key(), o));
      buckets.put(bucket.name, bucket);
    }
  }

  /** InvalidBucketName unless {@code name} follows S3's rules for new buckets. */
  static void checkName(String name) {
    if (!NAME.matcher(name).matches()
        || IP_LIKE.matcher(name).matches()
        || name.contains("..")
        || name.contains(".-")
        || name.contains("-.")) {
      throw S3Errors.of(400, "InvalidBucketName", "The specified bucket is not valid.")
          .bucket(name);
    }
  }

  private static String canonicalId(String accountId) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(("firedrill-s3-owner:" + accountId).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
