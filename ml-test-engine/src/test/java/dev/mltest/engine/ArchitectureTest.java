package dev.mltest.engine;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of docs/architecture.md, checked on the compiled main classes of both modules:
 * no package cycles, no engine types in the library, nothing statistical in the engine, one name
 * for turning a library result into a test outcome.
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.mltest");
  }

  @Test
  void theEngineHasNoPackageCycles() {
    slices()
        .matching("dev.mltest.engine.(*)..")
        .should()
        .beFreeOfCycles()
        .because("each kind of ML test and each layer of the engine is one package")
        .check(classes);
  }

  /**
   * The root package is the users' API (annotations, configuration keys) and the engine class that
   * wires the packages together; the packages may use the API, never the wiring.
   */
  @Test
  void onlyTheEngineClassWiresThePackages() {
    noClasses()
        .that()
        .resideInAPackage("dev.mltest.engine..")
        .and()
        .resideOutsideOfPackage("dev.mltest.engine")
        .should()
        .dependOnClassesThat()
        .belongToAnyOf(MlTestEngine.class)
        .check(classes);
  }

  @Test
  void theLibraryHasNoPackageCycles() {
    slices()
        .matching("dev.mltest.(*)..")
        .should()
        .beFreeOfCycles()
        .check(classes.that(resideOutsideOfPackage("dev.mltest.engine..")));
  }

  @Test
  void theLibraryUsesNoEngineType() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.mltest.engine..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.mltest.engine..")
        .check(classes);
  }

  /**
   * One name for "turn a library result into a test outcome": a failed check is an {@code
   * AssertionError} (opentest4j's, with expected and actual), and only a {@code *Judgement} makes
   * one; runs ({@code *Run}) compute, descriptors call a judgement.
   */
  @Test
  void onlyJudgementsTurnResultsIntoFailedChecks() {
    noClasses()
        .that()
        .resideInAPackage("dev.mltest.engine..")
        .and()
        .haveSimpleNameNotEndingWith("Judgement")
        .should()
        .callConstructorWhere(target(owner(assignableTo(AssertionError.class))))
        .because("a *Judgement turns a library result into a test outcome (docs/architecture.md)")
        .check(classes);
  }

  @Test
  void judgementsArePackagePrivateFinalClassesBesideTheirRun() {
    classes()
        .that()
        .resideInAPackage("dev.mltest.engine..")
        .and()
        .haveSimpleNameEndingWith("Judgement")
        .should()
        .notBePublic()
        .andShould()
        .haveModifier(JavaModifier.FINAL)
        .andShould(haveARunBeside())
        .check(classes);
  }

  private static ArchCondition<JavaClass> haveARunBeside() {
    return new ArchCondition<>("have a *Run in their package") {
      @Override
      public void check(JavaClass judgement, ConditionEvents events) {
        boolean hasRun =
            classes.stream()
                .anyMatch(
                    c ->
                        c.getPackageName().equals(judgement.getPackageName())
                            && c.getSimpleName().endsWith("Run"));
        if (!hasRun) {
          events.add(
              SimpleConditionEvent.violated(
                  judgement, judgement.getName() + " has no *Run in its package"));
        }
      }
    };
  }

  /** One place switches the logging of the libraries MLTest drives down: QuietLibraries. */
  @Test
  void onlyQuietLibrariesSetsLoggingLevels() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.mltest.logging")
        .should()
        .callMethod(java.util.logging.Logger.class, "setLevel", java.util.logging.Level.class)
        .orShould()
        .callMethod(java.util.logging.Handler.class, "setLevel", java.util.logging.Level.class)
        .because("dev.mltest.logging.QuietLibraries is the one switch (docs/configuration.md)")
        .check(classes);
  }

  @Test
  void theEngineAddsNothingStatistical() {
    noClasses()
        .that()
        .resideInAPackage("dev.mltest.engine..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.commons.math3..", "org.apache.commons.statistics..")
        .because("statistics live in ml-assertions; the engine renders what the library computed")
        .check(classes);
  }
}
