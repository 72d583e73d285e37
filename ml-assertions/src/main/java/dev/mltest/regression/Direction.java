package dev.mltest.regression;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/** Which way a metric may move without being a regression. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Direction {
  /** Larger values are better (accuracy, F1, AUC, R²): only a drop beyond tolerance regresses. */
  HIGHER("higher"),
  /** Smaller values are better (RMSE, MAE, log loss): only a rise beyond tolerance regresses. */
  LOWER("lower"),
  /** Any move beyond tolerance, either way, is a regression. */
  TWO_SIDED("two-sided");

  private final String key;

  Direction(String key) {
    this.key = key;
  }

  /** The name used in baseline files: {@code higher}, {@code lower} or {@code two-sided}. */
  public String key() {
    return key;
  }

  /** The direction named by a baseline file's {@code direction} value, case-insensitively. */
  public static Optional<Direction> fromKey(String key) {
    String k = key.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    for (Direction d : values()) {
      if (d.key.equals(k)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** The arrow shown in reports: ↑, ↓ or ↕. */
  public String arrow() {
    return switch (this) {
      case HIGHER -> "↑";
      case LOWER -> "↓";
      case TWO_SIDED -> "↕";
    };
  }
}
