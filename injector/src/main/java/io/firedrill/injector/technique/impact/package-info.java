/** Impact techniques (ATT&CK TA0040): an attacker using the account's resources for itself. */
package io.firedrill.injector.technique.impact;
