package io.firedrill.sandbox.s3;

import static io.firedrill.sandbox.s3.S3Operation.bucketRead;
import static io.firedrill.sandbox.s3.S3Operation.bucketWrite;
import static io.firedrill.sandbox.s3.S3Operation.objectRead;
import static io.firedrill.sandbox.s3.S3Operation.objectWrite;

/**
 * Every S3 operation the sandbox serves, with the name CloudTrail records and the IAM action that
 * authorizes it (DeleteBucketPolicy and kin need their own action; DeletePublicAccessBlock and
 * DeleteBucketTagging need the Put action, as S3 documents).
 */
final class S3Operations {

  final S3Operation listBuckets;
  final S3Operation createBucket;
  final S3Operation deleteBucket;
  final S3Operation headBucket;
  final S3Operation location;
  final S3Operation putPolicy;
  final S3Operation getPolicy;
  final S3Operation deletePolicy;
  final S3Operation policyStatus;
  final S3Operation putBlock;
  final S3Operation getBlock;
  final S3Operation deleteBlock;
  final S3Operation getAcl;
  final S3Operation putAcl;
  final S3Operation putTagging;
  final S3Operation getTagging;
  final S3Operation deleteTagging;
  final S3Operation listV2;
  final S3Operation listV1;
  final S3Operation putObject;
  final S3Operation getObject;
  final S3Operation headObject;
  final S3Operation deleteObject;
  final S3Operation deleteObjects;
  final S3Operation copyObject;

  /** {@code deleteMany} serves DeleteObjects, which checks each key's access itself. */
  S3Operations(S3Store store, S3Operation.Handler deleteMany) {
    BucketOperations buckets = new BucketOperations(store);
    PolicyOperations policies = new PolicyOperations(store);
    AclOperations acls = new AclOperations(store);
    ObjectOperations objects = new ObjectOperations(store);
    ListObjects lists = new ListObjects(store);
    listBuckets = bucketRead("ListBuckets", "s3:ListAllMyBuckets", buckets::list);
    createBucket = bucketWrite("CreateBucket", "s3:CreateBucket", buckets::create);
    deleteBucket = bucketWrite("DeleteBucket", "s3:DeleteBucket", buckets::delete);
    headBucket = bucketRead("HeadBucket", "s3:ListBucket", buckets::head);
    location = bucketRead("GetBucketLocation", "s3:GetBucketLocation", buckets::location);
    putPolicy = bucketWrite("PutBucketPolicy", "s3:PutBucketPolicy", policies::putPolicy);
    getPolicy = bucketRead("GetBucketPolicy", "s3:GetBucketPolicy", policies::getPolicy);
    deletePolicy =
        bucketWrite("DeleteBucketPolicy", "s3:DeleteBucketPolicy", policies::deletePolicy);
    policyStatus =
        bucketRead("GetBucketPolicyStatus", "s3:GetBucketPolicyStatus", policies::policyStatus);
    putBlock =
        bucketWrite(
            "PutBucketPublicAccessBlock", "s3:PutBucketPublicAccessBlock", policies::putBlock);
    getBlock =
        bucketRead(
            "GetBucketPublicAccessBlock", "s3:GetBucketPublicAccessBlock", policies::getBlock);
    deleteBlock =
        bucketWrite(
            "DeleteBucketPublicAccessBlock",
            "s3:PutBucketPublicAccessBlock",
            policies::deleteBlock);
    getAcl = bucketRead("GetBucketAcl", "s3:GetBucketAcl", acls::get);
    putAcl = bucketWrite("PutBucketAcl", "s3:PutBucketAcl", acls::put);
    putTagging = bucketWrite("PutBucketTagging", "s3:PutBucketTagging", buckets::putTagging);
    getTagging = bucketRead("GetBucketTagging", "s3:GetBucketTagging", buckets::getTagging);
    deleteTagging =
        bucketWrite("DeleteBucketTagging", "s3:PutBucketTagging", buckets::deleteTagging);
    // CloudTrail names both list calls ListObjects.
    listV2 = objectRead("ListObjects", "s3:ListBucket", lists::v2);
    listV1 = objectRead("ListObjects", "s3:ListBucket", lists::v1);
    putObject =
        objectWrite("PutObject", "s3:PutObject", call -> objects.put(call, call.checksums()));
    getObject = objectRead("GetObject", "s3:GetObject", call -> objects.get(call, true));
    headObject = objectRead("HeadObject", "s3:GetObject", call -> objects.get(call, false));
    deleteObject = objectWrite("DeleteObject", "s3:DeleteObject", objects::delete);
    deleteObjects = objectWrite("DeleteObjects", "s3:DeleteObject", deleteMany);
    copyObject = objectWrite("CopyObject", "s3:PutObject", objects::copy);
  }

  /** The operations whose authorization the front does not do up front. */
  boolean authorizesItself(S3Operation operation) {
    return operation == deleteObjects;
  }
}
