package dev.mltest.examples;

import dev.mltest.engine.MlTestSuites;

/** Runs every suite file in this package and below with the ml-test engine. */
@MlTestSuites
class DataQualityTest {}
