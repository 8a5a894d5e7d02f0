/**
 * After-action reports: one model built from an exercise's journal and scorecard ({@code
 * ReportModel}), rendered as self-contained HTML, Markdown, PDF, JSON (with a versioned schema) and
 * JUnit XML, written with the evidence it was made from into a bundle whose {@code manifest.json}
 * holds every file's SHA-256 ({@link io.firedrill.reports.ReportWriter}, {@link
 * io.firedrill.reports.BundleVerifier}); {@link io.firedrill.reports.Trend} compares bundles of one
 * scenario.
 */
package io.firedrill.reports;
