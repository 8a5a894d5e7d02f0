/**
 * The sandbox's IAM: users, access keys (the store the signature check looks keys up in) and their
 * last use, login profiles, groups, roles with their trust policies, managed policies with versions
 * (the account's own, and the AWS managed ones the policy engine ships), inline policies,
 * permissions boundaries; the IAM query API over them, one class per feature; and {@link
 * io.firedrill.sandbox.iam.IamAuthorizer}, which decides every request against the caller's
 * policies with the policy engine of {@code io.firedrill.sandbox.policy}.
 *
 * <p>{@link io.firedrill.sandbox.iam.IamStore}, {@link io.firedrill.sandbox.iam.IamService}, {@link
 * io.firedrill.sandbox.iam.IamAuthorizer} and the values STS reads ({@link
 * io.firedrill.sandbox.iam.IamRole}, {@link io.firedrill.sandbox.iam.Tag}) are public only for the
 * wiring in the parent package and STS; they are not part of the module's API.
 */
package io.firedrill.sandbox.iam;
