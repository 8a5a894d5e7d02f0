/**
 * The technique catalog: one class per attacker technique, each mostly data (id, ATT&CK ids, the
 * CloudTrail events it produces) plus typed parameters and detonation, registered in {@link
 * io.firedrill.injector.technique.TechniqueCatalog}.
 */
package io.firedrill.injector.technique;
