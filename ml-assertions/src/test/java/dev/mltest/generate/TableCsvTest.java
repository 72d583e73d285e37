package dev.mltest.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mltest.data.ColumnType;
import dev.mltest.data.Dataset;
import dev.mltest.data.InMemoryTable;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TableCsvTest {
  private static final InMemoryTable TABLE =
      Dataset.table("t")
          .column("name", ColumnType.STRING)
          .column("x", ColumnType.DECIMAL)
          .column("day", ColumnType.DATE)
          .row("plain", 1.5, LocalDate.of(2024, 2, 29))
          .row("", Double.NaN, null)
          .row(null, -0.0, null)
          .row("a,\"b\"\nc", Double.NEGATIVE_INFINITY, null)
          .row(" padded ", 4.9E-324, null)
          .build();

  @Test
  void rendersRfc4180KeepingNullAndEmptyApart() {
    assertThat(TableCsv.render(TABLE))
        .isEqualTo(
            """
            name,x,day
            plain,1.5,2024-02-29
            "",NaN,
            ,-0.0,
            "a,""b""
            c",-Infinity,
            " padded ",4.9E-324,
            """);
  }

  @Test
  void compactShowsTheFirstRowsAndHowManyAreLeftOut() {
    assertThat(TableCsv.compact(TABLE, 2))
        .isEqualTo("name,x,day\nplain,1.5,2024-02-29\n\"\",NaN,\n... 3 more rows");
    InMemoryTable empty = Dataset.table("e").column("a", ColumnType.INTEGER).build();
    assertThat(TableCsv.compact(empty, 5)).isEqualTo("a\n(no rows)");
  }

  @Test
  void textThatASpreadsheetWouldRunGetsALeadingQuoteNumbersStayNumbers() {
    InMemoryTable hostile =
        Dataset.table("h")
            .column("=name", ColumnType.STRING)
            .column("x", ColumnType.DECIMAL)
            .row("=HYPERLINK(\"http://x.test\",\"click\")", -1.5)
            .row("@SUM(1)", Double.NEGATIVE_INFINITY)
            .row("-2+3+cmd", -0.0)
            .row("-10", 1.0E-5)
            .build();
    assertThat(TableCsv.render(hostile))
        .isEqualTo(
            """
            '=name,x
            "'=HYPERLINK(""http://x.test"",""click"")",-1.5
            '@SUM(1),-Infinity
            '-2+3+cmd,-0.0
            -10,1.0E-5
            """);
  }
}
