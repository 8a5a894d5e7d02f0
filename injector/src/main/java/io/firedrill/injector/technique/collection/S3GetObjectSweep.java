package io.firedrill.injector.technique.collection;

import io.firedrill.injector.aws.ApiCall;
import io.firedrill.injector.aws.AwsSession;
import io.firedrill.injector.cleanup.Ledger;
import io.firedrill.injector.technique.Arns;
import io.firedrill.injector.technique.Grant;
import io.firedrill.injector.technique.IncidentType;
import io.firedrill.injector.technique.Parameters;
import io.firedrill.injector.technique.Technique;
import io.firedrill.injector.technique.TechniqueInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Lists a bucket and downloads its objects, up to a number: a data grab. Both calls are S3 data
 * events, visible only to a trail that records them (and to GuardDuty's S3 protection), not in
 * event history. Changes nothing, so there is nothing to undo.
 */
public final class S3GetObjectSweep implements Technique<S3GetObjectSweep.Params> {

  /**
   * @param bucket the bucket to sweep
   * @param max the most objects to download
   */
  public record Params(String bucket, int max) {
    public Params {
      if (max < 1 || max > 1000) {
        throw new IllegalArgumentException("max must be 1-1000, got " + max);
      }
    }
  }

  private static final TechniqueInfo INFO =
      new TechniqueInfo(
          "aws.collection.s3-get-object-sweep",
          "Download a bucket's objects",
          "Calls s3:ListObjectsV2, then s3:GetObject for each object listed, up to max (default"
              + " 20). Object-level calls are CloudTrail data events.",
          List.of("T1530"),
          IncidentType.INFORMATION_EXPOSURE,
          List.of("ListObjects", "GetObject"),
          List.of("Exfiltration:S3/AnomalousBehavior"),
          List.of("s3:ListBucket", "s3:GetObject"));

  @Override
  public TechniqueInfo info() {
    return INFO;
  }

  @Override
  public Params parameters(Map<String, String> with) {
    Parameters.allowOnly(with, Set.of("bucket", "max"));
    String bucket = Parameters.required(with, "bucket", "the name of the bucket to sweep");
    String max = with.getOrDefault("max", "20");
    try {
      return new Params(bucket, Integer.parseInt(max));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("max must be a whole number, got '" + max + "'");
    }
  }

  @Override
  public List<Grant> grants(Params p, Arns arns) {
    List<Grant> grants = new ArrayList<>(Grant.on(arns.bucket(p.bucket()), "s3:ListBucket"));
    grants.addAll(Grant.on(arns.objects(p.bucket()), "s3:GetObject"));
    return grants;
  }

  @Override
  public List<ApiCall> detonate(AwsSession session, Params p, Ledger ledger) {
    List<ApiCall> calls = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    String token = null;
    do {
      String from = token;
      ListObjectsV2Response[] page = {null};
      ApiCall list =
          session.call(
              "s3",
              "ListObjects",
              () -> {
                page[0] =
                    session
                        .s3()
                        .listObjectsV2(
                            r ->
                                r.bucket(p.bucket())
                                    .maxKeys(p.max() - keys.size())
                                    .continuationToken(from));
                return page[0];
              });
      calls.add(list);
      if (page[0] == null) {
        break;
      }
      page[0].contents().stream().map(S3Object::key).forEach(keys::add);
      token = page[0].nextContinuationToken();
    } while (token != null && keys.size() < p.max());
    for (String key : keys) {
      calls.add(
          session.call(
              "s3",
              "GetObject",
              // The bytes are the point of the technique, not of the exercise: read and dropped.
              () -> session.s3().getObjectAsBytes(r -> r.bucket(p.bucket()).key(key)).response()));
    }
    return calls;
  }
}
