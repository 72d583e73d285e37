package dev.mltest.engine.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * allure-java is optional: the engine's own tests run without it on the classpath (see the Surefire
 * configuration), and the engine then decorates nothing.
 */
class EngineWithoutAllureTest {

  @Test
  void allureIsNotOnThisClasspathAndTheEngineDoesNotLookForIt() {
    assertThatThrownBy(() -> Class.forName("io.qameta.allure.Allure"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThat(AllureApi.detect()).isNull();
  }
}
