package dev.mltest.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mltest.data.Column;
import dev.mltest.data.ColumnType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Building generators: merged constraints, types, and contracts that cannot be generated. */
class ContractBuildTest {

  private static ContractException failure(String yaml) {
    Contract contract = Contract.parse("c.yaml", yaml);
    try {
      contract.generator();
    } catch (ContractException e) {
      return e;
    }
    throw new AssertionError("expected a ContractException");
  }

  @Test
  void conflictingBoundsNameBothExpectations() {
    ContractException e =
        failure(
            """
            expectations:
              - expect: between
                column: x
                min: 10
              - expect: maxBetween
                column: x
                max: 5
            """);
    assertThat(e.expectations()).containsExactly("between[x]", "maxBetween[x]");
    assertThat(e.getMessage())
        .contains("unsatisfiable")
        .contains("column 'x'")
        .contains("≥ 10 from between[x]")
        .contains("≤ 5 from maxBetween[x]");
  }

  @Test
  void setsIntersectAndExclusionsCanEmptyThem() {
    ContractException e =
        failure(
            """
            expectations:
              - expect: inSet
                column: c
                values: [EUR, USD]
              - expect: notInSet
                column: c
                values: [EUR, USD]
            """);
    assertThat(e.expectations()).contains("inSet[c]", "notInSet[c]");
  }

  @Test
  void aRegexThatNoLengthAllowsIsReportedWithTheLength() {
    ContractException e =
        failure(
            """
            expectations:
              - expect: matchesRegex
                column: code
                regex: "^[0-9]{3}$"
              - expect: lengthBetween
                column: code
                min: 5
            """);
    assertThat(e.expectations()).contains("matchesRegex[code]", "lengthBetween[code]");
  }

  @Test
  void aUniqueColumnWithTooFewValuesCannotFillTheRequiredRows() {
    Contract contract =
        Contract.parse(
            "c.yaml",
            """
            expectations:
              - expect: inSet
                column: c
                values: [a, b]
              - expect: primaryKey
                columns: [c]
              - expect: rowCount
                min: 5
            """);
    assertThatThrownBy(() -> contract.generator().valid(1, 20))
        .isInstanceOf(ContractException.class)
        .hasMessageContaining("column 'c' admits no row count from 5 to 20");
  }

  @Test
  void statisticsAndSqlAreNotGeneratableAndAllAreListed() {
    ContractException e =
        failure(
            """
            expectations:
              - expect: meanBetween
                column: x
                min: 1
              - expect: rowPredicate
                expression: "x > 1"
              - expect: notNull
                column: x
                where: "x > 0"
            """);
    assertThat(e.expectations()).containsExactly("meanBetween[x]", "rowPredicate", "notNull[x]");
    assertThat(e.getMessage()).contains("'where' filters are not generatable");
  }

  /**
   * The catalogue drives generation: every expectation, read from its own documented example, is
   * either planned by the generator or refused with a stated reason. An entry added to the
   * catalogue without either fails here ("is not known to the generator").
   */
  @Test
  void everyCatalogueEntryIsGeneratedOrSaysWhyNot() {
    java.util.List<String> generated = new java.util.ArrayList<>();
    java.util.List<String> refused = new java.util.ArrayList<>();
    java.util.List<String> unexplained = new java.util.ArrayList<>();
    for (dev.mltest.expect.ExpectationType type : dev.mltest.expect.Catalog.standard().types()) {
      String yaml = "expectations:\n" + type.example().indent(2);
      Contract contract = Contract.parse("c.yaml", yaml);
      try {
        contract.generator();
        generated.add(type.key());
      } catch (ContractException e) {
        if (e.getMessage().contains("is not known to the generator")
            || !e.getMessage().contains(type.key())) {
          unexplained.add(type.key() + ": " + e.getMessage());
        }
        refused.add(type.key());
      }
    }
    assertThat(unexplained).isEmpty();
    assertThat(generated).contains("between", "inSet", "unique", "matchesRegex", "notNull");
    assertThat(generated.size() + refused.size())
        .isEqualTo(dev.mltest.expect.Catalog.standard().keys().size());
  }

  @Test
  void addedCatalogueEntriesSayWhyTheyAreNotGeneratable() {
    ContractException e =
        failure(
            """
            expectations:
              - expect: sumBetween
                column: x
                max: 10
              - expect: zScoreOutliers
                column: x
                k: 3
              - expect: increasing
                column: t
              - expect: notMatchesRegex
                column: s
                regex: "x"
              - expect: columnCount
                max: 3
              - expect: matchesAnyRegex
                column: s
                regexes: ["a", "b"]
              - expect: notLike
                column: s
                likePatterns: ["a%"]
              - expect: matchesJsonSchema
                column: s
                schema: {type: object}
            """);
    assertThat(e.expectations())
        .containsExactly(
            "sumBetween[x]",
            "zScoreOutliers[x]",
            "increasing[t]",
            "notMatchesRegex[s]",
            "columnCount",
            "matchesAnyRegex[s]",
            "notLike[s]",
            "matchesJsonSchema[s]");
    assertThat(e.getMessage())
        .contains("sumBetween judges a statistic of the whole column")
        .contains("zScoreOutliers judges a statistic of the whole column")
        .contains("increasing judges the order of rows, which generation does not plan")
        .contains("a forbidden pattern gives no strings to draw from")
        .contains("the generated columns are the ones the contract names")
        .contains("matchesAnyRegex is not planned by the generator")
        .contains("LIKE patterns give no strings to draw from")
        .contains("a JSON Schema gives no strings to draw from");
  }

  @Test
  void invalidSuiteEntriesAreReportedButAMissingDatasetIsNot() {
    assertThatThrownBy(
            () -> Contract.parse("c.yaml", "expectations:\n  - expect: betwen\n    column: x\n"))
        .isInstanceOf(ContractException.class)
        .hasMessageContaining("did you mean 'between'");
    assertThat(
            Contract.parse("c.yaml", "expectations:\n  - expect: notNull\n    column: x\n").name())
        .isEqualTo("c");
  }

  @Test
  void typesComeFromColumnTypeListedValuesBoundsAndComparisons() {
    Contract contract =
        Contract.parse(
            "c.yaml",
            """
            expectations:
              - expect: inSet
                column: n
                values: [1, 2, 3]
              - expect: between
                column: p
                min: 0
                max: 1
              - expect: between
                column: d
                min: "2024-01-01"
              - expect: compareColumns
                left: e
                operator: ge
                right: d
              - expect: columnType
                column: t
                type: timestamp
              - expect: notNull
                column: s
            """);
    assertThat(contract.columns())
        .extracting(Column::name, Column::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("n", ColumnType.INTEGER),
            org.assertj.core.groups.Tuple.tuple("p", ColumnType.DECIMAL),
            org.assertj.core.groups.Tuple.tuple("d", ColumnType.DATE),
            org.assertj.core.groups.Tuple.tuple("e", ColumnType.DATE),
            org.assertj.core.groups.Tuple.tuple("t", ColumnType.TIMESTAMP),
            org.assertj.core.groups.Tuple.tuple("s", ColumnType.STRING));
  }

  @Test
  void javaContractsKeepTheDeclaredColumnsAndRejectUnknownOnes() {
    Contract contract =
        Contract.builder("t")
            .column("a", ColumnType.INTEGER)
            .column("b", ColumnType.STRING)
            .expect("between", Map.of("column", "a", "min", 0, "max", 9))
            .build();
    GeneratedTable table = contract.generator().valid(3, 10);
    assertThat(table.table().columns()).extracting(Column::name).containsExactly("a", "b");
    assertThat(table.table().rows()).allSatisfy(r -> assertThat((Long) r.get(0)).isBetween(0L, 9L));

    Contract unknown =
        Contract.builder("t")
            .column("a", ColumnType.INTEGER)
            .expect("notNull", Map.of("column", "z"))
            .build();
    assertThatThrownBy(unknown::generator).hasMessageContaining("unknown column 'z'");
  }

  @Test
  void theSameSeedGivesTheSameTables() {
    Contract contract = ContractFixtures.resource("payments.contract.yaml");
    TableGenerator generator = contract.generator();
    for (long seed : List.of(0L, 1L, 99L, -5L)) {
      assertThat(TableCsv.render(generator.valid(seed, 25).table()))
          .isEqualTo(TableCsv.render(contract.generator().valid(seed, 25).table()));
      assertThat(generator.invalid(seed, 25).map(t -> TableCsv.render(t.table())))
          .isEqualTo(generator.invalid(seed, 25).map(t -> TableCsv.render(t.table())));
    }
    assertThat(TableCsv.render(generator.valid(1, 25).table()))
        .isNotEqualTo(TableCsv.render(generator.valid(2, 25).table()));
  }

  @Test
  void edgeCasesComeFirstInAStableOrder() {
    Contract contract =
        Contract.builder("t")
            .column("x", ColumnType.DECIMAL)
            .column("c", ColumnType.STRING)
            .expect("inSet", Map.of("column", "c", "values", List.of("a", "b")))
            .allowEmpty(true)
            .build();
    List<GeneratedTable> cases = contract.generator().edgeCases(1, 20, true);
    assertThat(cases)
        .extracting(GeneratedTable::origin)
        .startsWith(
            "edge case: empty table",
            "edge case: one row of simplest values",
            "edge case: special values",
            "edge case: nulls wherever allowed",
            "edge case: all rows identical",
            "edge case: constant column 'x'",
            "edge case: largest table");
    assertThat(cases.get(0).table().rows()).isEmpty();
    assertThat(cases.get(1).table().rows()).containsExactly(java.util.Arrays.asList(0.0, "a"));
    assertThat(cases.get(2).table().rows())
        .extracting(r -> r.get(0))
        .contains(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 1e300);
  }
}
