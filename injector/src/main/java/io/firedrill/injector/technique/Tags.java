package io.firedrill.injector.technique;

import io.firedrill.injector.aws.AwsSession;
import io.firedrill.injector.cleanup.Ledger;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.TagSpecification;
import software.amazon.awssdk.services.iam.model.Tag;

/** The tags firedrill puts on everything an inject creates, so scorer and cleanup can find it. */
public final class Tags {

  public static final String EXERCISE = "firedrill:exercise";
  public static final String TECHNIQUE = "firedrill:technique";

  private Tags() {}

  public static List<Tag> iam(AwsSession session, Ledger ledger) {
    return List.of(
        Tag.builder().key(EXERCISE).value(session.exerciseId()).build(),
        Tag.builder().key(TECHNIQUE).value(ledger.technique()).build());
  }

  /** The tags for an EC2 resource of this type that the call creates. */
  public static TagSpecification ec2(AwsSession session, Ledger ledger, ResourceType type) {
    return TagSpecification.builder()
        .resourceType(type)
        .tags(
            software.amazon.awssdk.services.ec2.model.Tag.builder()
                .key(EXERCISE)
                .value(session.exerciseId())
                .build(),
            software.amazon.awssdk.services.ec2.model.Tag.builder()
                .key(TECHNIQUE)
                .value(ledger.technique())
                .build())
        .build();
  }
}
