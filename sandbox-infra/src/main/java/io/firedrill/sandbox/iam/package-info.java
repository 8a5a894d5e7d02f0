/**
 * The sandbox's IAM: users and their access keys (the store the signature check looks keys up in),
 * and the IAM query API over them. Policies, groups and roles come with policy evaluation, later.
 *
 * <p>{@link io.firedrill.sandbox.iam.IamStore} and {@link io.firedrill.sandbox.iam.IamService} are
 * public only for the wiring in the parent package; they are not part of the module's API.
 */
package io.firedrill.sandbox.iam;
