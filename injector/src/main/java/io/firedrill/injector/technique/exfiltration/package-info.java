/** Exfiltration techniques (ATT&CK TA0010): an attacker opening a way out for data or access. */
package io.firedrill.injector.technique.exfiltration;
