package io.firedrill.reports;

import java.nio.file.Path;

/** Where a report was written. */
public record ReportFiles(Path html, Path json) {}
