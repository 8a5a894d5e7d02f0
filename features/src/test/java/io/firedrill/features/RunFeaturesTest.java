package io.firedrill.features;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * Runs every feature under {@code features/exercises/} (one per shipped scenario, and under
 * techniques/ one per technique family) against the embedded sandbox, as part of {@code mvn
 * verify}; Cucumber's own reports go to reports/out/features/. See docs/features.md.
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("exercises")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "io.firedrill.features")
@ConfigurationParameter(
    key = PLUGIN_PROPERTY_NAME,
    value =
        "summary, html:../reports/out/features/cucumber.html,"
            + " junit:../reports/out/features/cucumber-junit.xml,"
            + " json:../reports/out/features/cucumber.json")
public class RunFeaturesTest {}
