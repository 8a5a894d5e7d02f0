/**
 * The sandbox's STS: GetCallerIdentity, which every tool calls first to learn which account and
 * identity it holds; AssumeRole (role sessions, their durations and session policies, role
 * chaining's one-hour cap); GetSessionToken (an IAM user's own session); GetAccessKeyInfo (the
 * account a key id encodes). Issued sessions live in a {@link
 * io.firedrill.sandbox.sts.SessionStore}, where the signature check finds them.
 *
 * <p>{@link io.firedrill.sandbox.sts.StsService} and {@link io.firedrill.sandbox.sts.SessionStore}
 * are public only for the wiring in the parent package; they are not part of the module's API.
 */
package io.firedrill.sandbox.sts;
