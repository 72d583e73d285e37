package dev.mltest.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mltest.data.BoundTable;
import dev.mltest.data.ColumnType;
import dev.mltest.data.DataBackend;
import dev.mltest.data.Dataset;
import dev.mltest.data.ValueFormat;
import dev.mltest.report.ProfileHtml;
import dev.mltest.report.ProfileJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfilerTest {
  @TempDir Path dir;

  private DatasetProfile profile(String csv) throws IOException {
    Path file = Files.writeString(dir.resolve("data.csv"), csv);
    try (DataBackend backend = DataBackend.duckDb();
        BoundTable table = backend.open(Dataset.csv(file))) {
      return Profiler.profile(table);
    }
  }

  @Test
  void measuresEveryStatisticOfANumberColumn() throws IOException {
    StringBuilder csv = new StringBuilder("x\n");
    for (int i = 1; i <= 100; i++) {
      csv.append(i).append('\n');
    }
    csv.append("\n");
    ColumnProfile x = profile(csv.toString()).column("x").orElseThrow();
    assertThat(x.type()).isEqualTo(ColumnType.INTEGER);
    assertThat(x.rows()).isEqualTo(101);
    assertThat(x.nulls()).isEqualTo(1);
    assertThat(x.distinct()).isEqualTo(100);
    assertThat(x.min()).isEqualTo(1L);
    assertThat(x.max()).isEqualTo(100L);
    assertThat(x.mean()).isEqualTo(50.5);
    // numpy.std(range(1, 101), ddof=1)
    assertThat(x.stdev()).isCloseTo(29.011491975882016, org.assertj.core.data.Offset.offset(1e-9));
    // numpy.quantile(range(1, 101), [0.25, 0.5]) (linear interpolation)
    assertThat(x.quantile(0.25)).contains(25.75);
    assertThat(x.quantile(0.5)).contains(50.5);
    assertThat(x.histogram()).hasSize(Profiler.BINS);
    assertThat(x.histogram().stream().mapToLong(HistogramBin::count).sum()).isEqualTo(100);
    assertThat(x.histogram().get(0).count()).isEqualTo(5);
  }

  @Test
  void countsTopValuesShapesAndFormatsExactly() throws IOException {
    StringBuilder csv = new StringBuilder("code,mail,day\n");
    for (int i = 0; i < 60; i++) {
      String code = i % 3 == 0 ? "AB-12" : i % 3 == 1 ? "CD-34" : "x9";
      csv.append(code).append(",u").append(i).append("@a.example,2026-01-0").append(1 + i % 9);
      csv.append('\n');
    }
    DatasetProfile profile = profile(csv.toString());
    ColumnProfile code = profile.column("code").orElseThrow();
    assertThat(code.topValues()).extracting(ValueCount::count).containsExactly(20L, 20L, 20L);
    assertThat(code.shapes())
        .containsExactly(new ValueCount("aa-99", 40), new ValueCount("a9", 20));
    assertThat(code.lengths()).isEqualTo(new ColumnProfile.Lengths(2, 5, 4));
    assertThat(profile.column("mail").orElseThrow().commonFormat()).contains(ValueFormat.EMAIL);
    assertThat(code.commonFormat()).isEmpty();
  }

  @Test
  void reportsEscapeValuesAndLoadNothing() throws IOException {
    DatasetProfile profile =
        profile("name,v\n<script>alert(1)</script>,1.5\n\"a\"\"b\",2.5\n<img src=x>,3\n");
    String html = ProfileHtml.render(profile);
    assertThat(html)
        .doesNotContain("<script>", "<img src=x>")
        .contains("&lt;script&gt;")
        .doesNotContainPattern("(src|href)=\"(https?:)?//")
        .contains("<svg");
    JsonNode json = new ObjectMapper().readTree(ProfileJson.write(profile));
    assertThat(json.get("format").asText()).isEqualTo(ProfileJson.FORMAT);
    assertThat(json.get("rows").asLong()).isEqualTo(3);
    assertThat(json.get("columns").get(0).get("topValues").size()).isEqualTo(3);
    assertThat(json.get("columns").get(1).get("mean").asDouble()).isEqualTo(7.0 / 3);
  }

  @Test
  void shapeRegexMatchesExactlyThatShape() {
    assertThat(Shapes.regex("a99999")).isEqualTo("^[A-Za-z][0-9]{5}$");
    assertThat(Shapes.regex("99.9 a")).isEqualTo("^[0-9]{2}\\.[0-9]\\x{20}[A-Za-z]$");
  }
}
