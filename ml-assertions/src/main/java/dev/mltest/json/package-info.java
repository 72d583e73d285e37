/**
 * The one JSON configuration of the project: every JSON file MLTest writes (results, baselines, the
 * suite schema, Allure categories, report parts) goes through {@link dev.mltest.json.Json}, so they
 * share one layout and one policy for numbers JSON cannot hold.
 */
@NullMarked
package dev.mltest.json;

import org.jspecify.annotations.NullMarked;
