package io.firedrill.sandbox.iam;

import java.time.Instant;

/**
 * A user's console password, without the password: nothing in the sandbox signs in to a console, so
 * the password is checked against the password policy and then forgotten, never stored or echoed.
 *
 * @param userName the user
 * @param created when the profile was created, to the second
 * @param passwordResetRequired whether the user must choose a new password at next sign-in
 */
record LoginProfile(String userName, Instant created, boolean passwordResetRequired) {}
