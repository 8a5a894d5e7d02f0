/** After-action reports: a scorecard rendered as a self-contained HTML page and a JSON result. */
package io.firedrill.reports;
