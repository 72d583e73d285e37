package dev.mltest.expect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mltest.text.Formats;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A failure never reads like a pass: the observed value shows the digits that set it apart. */
class FormatsApartTest {

  @Test
  void observedValueNextToAnEqualLookingBoundGetsMoreDigits() {
    double observed = 2 / Math.sqrt(3); // 1.1547005383792517

    assertThat(Formats.valueApartFrom(observed, 1.1547, 1.1547)).isEqualTo("1.154701");
    assertThat(Formats.valueApartFrom(observed, new BigDecimal("1.15470053"), null))
        .isEqualTo("1.15470054");
  }

  @Test
  void sixDigitsStayWhenTheyAlreadyTellTheValuesApart() {
    assertThat(Formats.valueApartFrom(0.5123456, 0.6, 1.0)).isEqualTo("0.512346");
    assertThat(Formats.valueApartFrom(1.0, 1.0, 2.0)).isEqualTo("1");
    assertThat(Formats.valueApartFrom("retail", 1.0)).isEqualTo(Formats.value("retail"));
    assertThat(Formats.valueApartFrom(Double.NaN, 1.0)).isEqualTo("NaN");
  }

  @Test
  void verySmallValuesGetMoreDigitsInScientificNotation() {
    assertThat(Formats.valueApartFrom(1.23456789e-7, 1.2346e-7)).isEqualTo("1.23457e-7");
  }

  @Test
  void countsSayOneTryAndManyTries() {
    assertThat(Formats.count(1, "try", "tries")).isEqualTo("1 try");
    assertThat(Formats.count(1000, "try", "tries")).isEqualTo("1,000 tries");
  }
}
