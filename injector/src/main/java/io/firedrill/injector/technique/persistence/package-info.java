/** Persistence techniques (ATT&CK TA0003): an attacker making sure access survives the key. */
package io.firedrill.injector.technique.persistence;
