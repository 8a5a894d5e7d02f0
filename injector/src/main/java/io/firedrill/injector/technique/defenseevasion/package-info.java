/** Defense evasion techniques (ATT&CK TA0005): an attacker blinding the defenders. */
package io.firedrill.injector.technique.defenseevasion;
