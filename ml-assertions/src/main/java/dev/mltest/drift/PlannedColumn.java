package dev.mltest.drift;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A column of a drift comparison: its kind, or why it cannot be compared.
 *
 * @param name the column name
 * @param kind numeric or categorical, null when the column has a problem
 * @param problem why the column cannot be compared (missing on one side, types that differ), or
 *     null
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record PlannedColumn(String name, @Nullable ColumnKind kind, @Nullable String problem) {}
