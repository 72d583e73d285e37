package dev.mltest.engine;

import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.junitplatform.AllureJunitPlatform;
import java.nio.file.Path;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs the engine under a launcher of its own with Allure's listener registered explicitly, writing
 * results to a given folder. The listener comes without its ServiceLoader registration ({@code
 * spi-off}), so the Jupiter test calling this has no Allure result that the engine's attachments
 * could land on.
 */
final class AllureLauncherRun {
  private AllureLauncherRun() {}

  /**
   * Runs Jupiter tests (e.g. a user's tests that call the AssertJ entry points) under the same
   * Allure listener, writing their results to the given folder.
   */
  static void executeJupiter(Path results, DiscoverySelector... selectors) {
    AllureLifecycle lifecycle = new AllureLifecycle(new FileSystemResultsWriter(results));
    AllureLifecycle previous = Allure.getLifecycle();
    Allure.setLifecycle(lifecycle);
    try {
      Launcher launcher =
          LauncherFactory.create(
              LauncherConfig.builder()
                  .enableTestExecutionListenerAutoRegistration(false)
                  .enableLauncherDiscoveryListenerAutoRegistration(false)
                  .enablePostDiscoveryFilterAutoRegistration(false)
                  .addTestExecutionListeners(new AllureJunitPlatform(lifecycle))
                  .build());
      launcher.execute(
          LauncherDiscoveryRequestBuilder.request()
              .selectors(selectors)
              .filters(EngineFilter.includeEngines("junit-jupiter"))
              .enableImplicitConfigurationParameters(false)
              .build());
    } finally {
      Allure.setLifecycle(previous);
    }
  }

  static void execute(Path results, Path out, DiscoverySelector... selectors) {
    AllureLifecycle lifecycle = new AllureLifecycle(new FileSystemResultsWriter(results));
    AllureLifecycle previous = Allure.getLifecycle();
    Allure.setLifecycle(lifecycle);
    try {
      Launcher launcher =
          LauncherFactory.create(
              LauncherConfig.builder()
                  .enableTestEngineAutoRegistration(false)
                  .enableTestExecutionListenerAutoRegistration(false)
                  .enableLauncherDiscoveryListenerAutoRegistration(false)
                  .enablePostDiscoveryFilterAutoRegistration(false)
                  .addTestEngines(new MlTestEngine())
                  .addTestExecutionListeners(new AllureJunitPlatform(lifecycle))
                  .build());
      launcher.execute(
          LauncherDiscoveryRequestBuilder.request()
              .selectors(selectors)
              .enableImplicitConfigurationParameters(false)
              .configurationParameter(Constants.REPORT_DIR, out.resolve("mltest").toString())
              .configurationParameter(Constants.REPORT_ALLURE_RESULTS_DIR, results.toString())
              .outputDirectoryCreator(new TempDirOutput(out))
              .build());
    } finally {
      Allure.setLifecycle(previous);
    }
  }
}
