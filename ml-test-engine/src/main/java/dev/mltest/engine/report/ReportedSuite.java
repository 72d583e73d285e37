package dev.mltest.engine.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.mltest.data.FileDataset;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What the reports need from a suite file's node, for every test below it: its name, its place and
 * its datasets. The suite node implements it, so that reports never depend on the suite package.
 */
@API(status = INTERNAL, since = "0.1")
public interface ReportedSuite {

  /** The suite's name in reports: its display name, else its file name. */
  String reportName();

  /** The suite file, e.g. {@code com/acme/customers.mltest.yaml}. */
  String location();

  /**
   * The datasets the suite names: its dataset (role {@code dataset}), and the drift reference (role
   * {@code reference}) if it has one.
   */
  List<SuiteDataset> datasets();

  /**
   * A dataset as the suite names it and where it was found.
   *
   * @param role {@code dataset} or {@code reference}
   * @param shownAs the path written in the suite file
   * @param file the resolved file, if it exists
   * @param unhashed why there is no file to hash, if reports should say so ({@code remote
   *     dataset}), shown as the SHA-256 {@code not computed: remote dataset}
   */
  record SuiteDataset(
      String role, String shownAs, @Nullable FileDataset file, @Nullable String unhashed) {

    /** A dataset whose file, if found, is hashed. */
    public SuiteDataset(String role, String shownAs, @Nullable FileDataset file) {
      this(role, shownAs, file, null);
    }
  }
}
