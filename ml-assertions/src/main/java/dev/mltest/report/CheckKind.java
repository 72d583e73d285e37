package dev.mltest.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import org.apiguardian.api.API;

/** The kinds of ML test; each is one Allure epic and one section of the summary. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum CheckKind {
  /** An expectation of a data suite. */
  EXPECTATION("data expectations"),
  /** A drift check: a column, a reference-coverage check or the dataset rule. */
  DRIFT("drift"),
  /** A model metric compared with its baseline. */
  REGRESSION("regression"),
  /** A property of a preprocessing step, tried on generated data. */
  PROPERTY("property");

  private final String epic;

  CheckKind(String epic) {
    this.epic = epic;
  }

  /** The Allure epic: {@code data expectations}, {@code drift}, {@code regression}, ... */
  public String epic() {
    return epic;
  }

  /** The key used in the JSON results: {@code expectation}, {@code drift}, ... */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
