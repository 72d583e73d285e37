package dev.mltest.cli;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs suite files with the ml-test engine on the JUnit Platform Launcher, exactly as {@code mvn
 * test} does: the same discovery, messages, {@code summary.md}, {@code results.json} and Allure
 * results. Shared by {@code mltest validate}, {@code mltest drift} and the Maven plugin.
 *
 * <pre>{@code
 * RunOutcome outcome = new SuiteRunner(Path.of("target/mltest"), null, null)
 *     .run(List.of(Path.of("customers.mltest.yaml")), new PrintWriter(System.out, true));
 * System.exit(outcome.exitCode());
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SuiteRunner {
  private static final String ENGINE_ID = "ml-test";

  private final Path reportDir;
  private final @Nullable Path allureResults;
  private final @Nullable Path dataRoot;
  private final Map<String, String> parameters = new LinkedHashMap<>();
  private final Map<String, String> aliases = new LinkedHashMap<>();

  /**
   * @param reportDir where {@code summary.md} and {@code results.json} are written
   * @param allureResults where Allure results are written, or null for none
   * @param dataRoot the folder dataset paths are also looked up in, or null
   */
  public SuiteRunner(Path reportDir, @Nullable Path allureResults, @Nullable Path dataRoot) {
    this.reportDir = reportDir;
    this.allureResults = allureResults;
    this.dataRoot = dataRoot;
  }

  /** Adds an engine configuration parameter ({@code docs/configuration.md}), e.g. a title. */
  public SuiteRunner parameter(String key, String value) {
    parameters.put(key, value);
    return this;
  }

  /**
   * Shows {@code name} instead of a generated suite file in the printed lines (its path and its
   * file name), e.g. for the drift command's temporary suite.
   */
  public SuiteRunner alias(Path suite, String name) {
    Path absolute = suite.toAbsolutePath().normalize();
    aliases.put(absolute.toString(), name);
    aliases.put(absolute.getFileName().toString(), name);
    return this;
  }

  /**
   * Runs the suites: files, or folders searched for {@code *.mltest.yaml}. Paths that do not exist
   * are reported as errors and the others still run.
   *
   * @param out where one line per judged node and a closing summary are printed
   */
  public RunOutcome run(List<Path> suites, PrintWriter out) {
    List<DiscoverySelector> selectors = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (Path suite : suites) {
      Path absolute = suite.toAbsolutePath().normalize();
      if (Files.isDirectory(absolute)) {
        selectors.add(selectDirectory(absolute.toFile()));
      } else if (Files.isRegularFile(absolute)) {
        selectors.add(selectFile(absolute.toFile()));
      } else {
        missing.add("suite file '%s' not found".formatted(suite));
      }
    }
    missing.forEach(m -> out.println("ERROR   " + m));
    ConsoleListener console = new ConsoleListener(out, aliases);
    if (!selectors.isEmpty()) {
      LauncherDiscoveryRequest request =
          LauncherDiscoveryRequestBuilder.request()
              .selectors(selectors)
              .filters(EngineFilter.includeEngines(ENGINE_ID))
              .configurationParameters(configuration())
              .build();
      String previous =
          allureResults == null ? null : System.getProperty("allure.results.directory");
      if (allureResults != null) {
        System.setProperty("allure.results.directory", allureResults.toString());
      }
      try {
        // Listener deactivation is a launcher setting, not a request parameter: without Allure
        // results, no listener found on the class path (the jar bundles allure-junit-platform)
        // may write into the working directory.
        Launcher launcher =
            LauncherFactory.create(
                LauncherConfig.builder()
                    .enableTestExecutionListenerAutoRegistration(allureResults != null)
                    .build());
        launcher.execute(request, console);
      } finally {
        if (allureResults != null) {
          restore(previous);
        }
      }
    }
    RunOutcome outcome = console.outcome(missing.size());
    out.println(outcome.summaryLine());
    out.println(
        "Reports: " + reportDir.resolve("summary.md") + ", " + reportDir.resolve("results.json"));
    out.flush();
    return outcome;
  }

  private Map<String, String> configuration() {
    Map<String, String> config = new LinkedHashMap<>();
    config.put("mltest.report.dir", reportDir.toAbsolutePath().toString());
    config.put("mltest.report.allure", String.valueOf(allureResults != null));
    if (allureResults != null) {
      config.put("mltest.report.allure.results-dir", allureResults.toAbsolutePath().toString());
    }
    if (dataRoot != null) {
      config.put("mltest.data.root", dataRoot.toAbsolutePath().toString());
    }
    config.putAll(parameters);
    return config;
  }

  private static void restore(@Nullable String previous) {
    if (previous == null) {
      System.clearProperty("allure.results.directory");
    } else {
      System.setProperty("allure.results.directory", previous);
    }
  }
}
