/**
 * Pictures for the report, drawn once as a list of marks and then written either as inline SVG (the
 * HTML report) or onto the PDF's page through Java2D (the PDF renderer draws no SVG).
 */
package io.firedrill.reports.chart;
