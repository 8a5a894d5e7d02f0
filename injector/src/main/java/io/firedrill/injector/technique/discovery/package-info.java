/** Discovery techniques (ATT&CK TA0007): an attacker finding out where it is and what it holds. */
package io.firedrill.injector.technique.discovery;
