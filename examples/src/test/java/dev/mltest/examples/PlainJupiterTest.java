package dev.mltest.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainJupiterTest {
  @Test
  void jupiterRunsNextToTheMlTestEngine() {
    assertThat(1 + 1).isEqualTo(2);
  }
}
