package dev.mltest.regression;

import java.util.List;
import org.tribuo.MutableDataset;

/**
 * A sample converted to Tribuo datasets.
 *
 * @param features the feature columns used
 * @param train the training rows
 * @param test the held-out rows
 * @param testKeys each held-out row's key (row number or row-key value), in {@code test}'s order
 */
record SampledData(
    List<String> features,
    MutableDataset<?> train,
    MutableDataset<?> test,
    List<String> testKeys) {}
