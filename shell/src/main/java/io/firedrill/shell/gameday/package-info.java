/**
 * A game day in the interactive shell: one exercise playing in the background while the game master
 * steers it ({@code gameday}) and the blue team keeps its own record ({@code blue}), with a live
 * view of where it stands.
 */
package io.firedrill.shell.gameday;
