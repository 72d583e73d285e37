package dev.mltest.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mltest.drift.Binning;
import dev.mltest.drift.ColumnDriftResult;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class DriftChartTest {

  @Test
  void histogramOfANumericColumnIsAPng() throws Exception {
    ColumnDriftResult result = ReportFixtures.driftColumn("income", true).result();
    assertThat(result.binning()).isInstanceOf(Binning.Histogram.class);
    byte[] png = DriftChart.png(result, result.binning()).orElseThrow();
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(800);
    assertThat(image.getHeight()).isEqualTo(420);
  }

  @Test
  void barChartOfACategoricalColumnIsAPng() throws Exception {
    ColumnDriftResult result = ReportFixtures.segmentResult();
    byte[] png = DriftChart.png(result, result.binning()).orElseThrow();
    assertThat(ImageIO.read(new ByteArrayInputStream(png))).isNotNull();
  }

  @Test
  void nothingToDrawWithoutBuckets() {
    ColumnDriftResult result = ReportFixtures.segmentResult();
    assertThat(DriftChart.png(result, new Binning.None())).isEmpty();
  }

  @Test
  void sidesAreDrawnAsSharesSoThatSizesCompare() {
    assertThat(DriftChart.shares(List.of(1L, 3L))).containsExactly(0.25, 0.75);
    assertThat(DriftChart.shares(List.of(0L, 0L))).containsExactly(0.0, 0.0);
  }

  @Test
  void bucketLabelsCloseTheLastBucket() {
    Binning.Histogram h =
        new Binning.Histogram(List.of(0.0, 0.5, 1.0), List.of(1L, 2L), List.of(2L, 1L));
    assertThat(DriftChart.bucketLabels(h)).containsExactly("[0, 0.5)", "[0.5, 1]");
  }

  @Test
  void subtitleStatesMethodScoreAndVerdict() {
    ColumnDriftResult result = ReportFixtures.driftColumn("income", true).result();
    assertThat(DriftChart.subtitle(result))
        .startsWith("PSI ")
        .contains("drift if >= 0.1", "drift detected", "reference 200 values, current 200");
  }
}
