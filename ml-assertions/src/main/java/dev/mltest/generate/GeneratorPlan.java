package dev.mltest.generate;

import dev.mltest.data.Column;
import java.util.List;

/**
 * The built generators of a contract.
 *
 * @param columns the table's columns, in table order, with their types
 * @param generators one generator per column, each after the column it is compared with
 * @param rows the admitted row counts
 */
record GeneratorPlan(List<Column> columns, List<ColumnGenerator> generators, RowPlan rows) {
  GeneratorPlan {
    columns = List.copyOf(columns);
    generators = List.copyOf(generators);
  }
}
