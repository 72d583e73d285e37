package dev.mltest.regression;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** What kind of model a regression test trains. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum ModelTask {
  /** A Tribuo {@code Trainer<Label>}: the label column's values are classes. */
  CLASSIFICATION,
  /** A Tribuo {@code Trainer<Regressor>}: the label column is a number. */
  REGRESSION
}
