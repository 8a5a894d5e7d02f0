package io.firedrill.injector.technique.discovery;

import io.firedrill.injector.technique.IncidentType;
import io.firedrill.injector.technique.OneCallTechnique;
import io.firedrill.injector.technique.TechniqueInfo;
import java.util.List;

/** List the account's S3 buckets. */
public final class S3ListBuckets extends OneCallTechnique {

  public S3ListBuckets() {
    super(
        new TechniqueInfo(
            "aws.discovery.s3-list-buckets",
            "List the account's S3 buckets",
            "Calls s3:ListBuckets (a management event) to find where the data worth taking is"
                + " kept.",
            List.of("T1619"),
            IncidentType.UNAUTHORIZED_ACCESS,
            List.of("ListBuckets"),
            List.of("Discovery:S3/AnomalousBehavior"),
            List.of("s3:ListAllMyBuckets")),
        "s3",
        session -> session.s3().listBuckets());
  }
}
