/**
 * Detections: rules written as EventBridge event patterns, matched over CloudTrail records with
 * AWS's event-ruler, the library EventBridge itself matches with.
 */
package io.firedrill.scoring.detect;
