/** Privilege escalation techniques (ATT&CK TA0004): an attacker granting itself more. */
package io.firedrill.injector.technique.privilegeescalation;
