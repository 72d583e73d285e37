package dev.mltest.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogTableTest {

  @ParameterizedTest
  @ValueSource(strings = {"events", "db.events", "spark_catalog.db.events", "_t1", "Db_2.T_3"})
  void plainNamesOfOneToThreePartsAreTables(String name) {
    CatalogTable table = Dataset.catalogTable(name);
    assertThat(table.name()).isEqualTo(name);
    assertThat(table.shownAs()).isEqualTo("table " + name);
    assertThat(String.join(".", table.parts())).isEqualTo(name);
    assertThat(CatalogTable.problem(name)).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "x; DROP TABLE y",
        "db.events; DELETE FROM db.events",
        "events WHERE 1=1",
        "events--",
        "events/*",
        "'events'",
        "\"events\"",
        "db.events)",
        "read_csv('/etc/passwd')",
        "csv.`/etc/passwd`",
        "`db`.`events`",
        "`a.b`",
        "a.b.c.d",
        "",
        ".events",
        "db.",
        "db..events",
        "1events",
        "db.ev ents",
        "évents",
        "db.events\n"
      })
  void everyOtherNameIsRefusedBeforeAnyBackendSeesIt(String name) {
    assertThat(CatalogTable.problem(name)).isNotNull().contains("e.g. db.events");
    assertThatThrownBy(() -> Dataset.catalogTable(name))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(CatalogTable.problem(name));
  }

  @org.junit.jupiter.api.Test
  void theMessageSaysWhatIsWrong() {
    assertThat(List.of("", "`db`.t", "a.b.c.d", "x; DROP TABLE y", "db..t"))
        .extracting(CatalogTable::problem)
        .containsExactly(
            "the table name is empty; a table name is 1 to 3 identifiers of letters, digits and _"
                + " (not starting with a digit) joined by dots, e.g. db.events",
            "table name '`db`.t' has a backtick; quoted identifiers are not accepted: a table name"
                + " is 1 to 3 identifiers of letters, digits and _ (not starting with a digit)"
                + " joined by dots, e.g. db.events",
            "table name 'a.b.c.d' has 4 parts; a table name is 1 to 3 identifiers of letters,"
                + " digits and _ (not starting with a digit) joined by dots, e.g. db.events",
            "table name 'x; DROP TABLE y' is not a plain name ('x; DROP TABLE y'); a table name is"
                + " 1 to 3 identifiers of letters, digits and _ (not starting with a digit) joined"
                + " by dots, e.g. db.events",
            "table name 'db..t' is not a plain name (an empty part); a table name is 1 to 3"
                + " identifiers of letters, digits and _ (not starting with a digit) joined by"
                + " dots, e.g. db.events");
  }

  @org.junit.jupiter.api.Test
  void duckDbRefusesACatalogTableNamingTheSparkBackend() {
    try (DataBackend duck = DataBackend.duckDb()) {
      assertThatThrownBy(() -> duck.open(Dataset.catalogTable("db.events")))
          .isInstanceOf(DataAccessException.class)
          .hasMessageContaining("the DuckDB backend cannot read catalog table db.events")
          .hasMessageContaining("backend: spark");
    }
  }
}
