/**
 * Provisioning a real (or stand-in) sandbox account with a baseline, and tearing down exactly what
 * provisioning created: idempotent steps through the AWS SDK, a record of every resource made, and
 * an inventory of the account to prove that teardown left it as it was found.
 */
package io.firedrill.sandbox.provision;
