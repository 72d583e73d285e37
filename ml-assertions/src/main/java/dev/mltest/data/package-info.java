/**
 * Datasets and data access: files (CSV, Parquet, JSON lines) and in-memory tables, read through a
 * small {@link dev.mltest.data.DataBackend} boundary whose default implementation is embedded
 * DuckDB.
 */
@NullMarked
package dev.mltest.data;

import org.jspecify.annotations.NullMarked;
