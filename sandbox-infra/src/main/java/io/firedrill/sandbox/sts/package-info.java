/**
 * The sandbox's STS: GetCallerIdentity, which every tool calls first to learn which account and
 * identity it holds. Temporary credentials (AssumeRole, GetSessionToken) come with roles, later.
 *
 * <p>{@link io.firedrill.sandbox.sts.StsService} is public only for the wiring in the parent
 * package; it is not part of the module's API.
 */
package io.firedrill.sandbox.sts;
