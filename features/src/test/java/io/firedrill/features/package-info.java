/** Cucumber step definitions in plain English, and the suite that runs the features. */
package io.firedrill.features;
