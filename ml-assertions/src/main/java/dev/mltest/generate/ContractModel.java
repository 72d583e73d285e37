package dev.mltest.generate;

import java.util.List;

/**
 * A contract read into facts, with every column's type known.
 *
 * @param name the contract's name, for messages
 * @param columns the columns in table order
 * @param table the table-level facts
 */
record ContractModel(String name, List<ColumnFacts> columns, TableFacts table) {
  ContractModel {
    columns = List.copyOf(columns);
  }
}
