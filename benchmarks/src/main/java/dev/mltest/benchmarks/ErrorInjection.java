package dev.mltest.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The kinds of breakage real pipelines suffer, injected into a clean CSV batch of the telco churn
 * table (header line plus rows, no quoted fields). Each kind picks its column and rows with the
 * given random source, so every trial is reproducible.
 */
enum ErrorInjection {
  NULL_BURST("null burst", "30% of one column's values become null") {
    @Override
    List<String[]> apply(List<String[]> rows, Random random) {
      int column = pick(random, NON_KEY);
      return each(rows, random, 0.3, r -> r[column] = "");
    }
  },
  OUT_OF_RANGE("out-of-range values", "1% of one numeric column negative or 10 times the largest") {
    @Override
    List<String[]> apply(List<String[]> rows, Random random) {
      int column = pick(random, NUMERIC);
      double max =
          rows.stream().skip(1).mapToDouble(r -> Double.parseDouble(r[column])).max().orElse(1);
      boolean negative = random.nextBoolean();
      return each(
          rows,
          random,
          0.01,
          r ->
              r[column] =
                  number(
                      negative ? -Math.max(1, Double.parseDouble(r[column])) : 10 * max, column));
    }
  },
  UNIT_CHANGE("unit change", "dollars to cents (x100) or months to days (x30) in one column") {
    @Override
    List<String[]> apply(List<String[]> rows, Random random) {
      int column = pick(random, NUMERIC_NOT_COUNT);
      double factor = column == TENURE ? 30 : 100;
      return each(
          rows,
          random,
          1.0,
          r -> r[column] = number(Double.parseDouble(r[column]) * factor, column));
    }
  },
  CATEGORY_TYPO("category typo", "2% of one categorical column misspelt") {
    @Override
    List<String[]> apply(List<String[]> rows, Random random) {
      int column = pick(random, CATEGORICAL);
      return each(rows, random, 0.02, r -> r[column] = typo(r[column], random));
    }
  },
  CASE_CHANGE("case change", "10% of one categorical column upper-cased") {
    @Override
    List<String[]> apply(List<String[]> rows, Random random) {
      int column = pick(random, CATEGORICAL);
      return each(rows, random, 0.1, r -> r[column] = r[column].toUpperCase(Locale.ROOT));
    }
  },
  DUPLICATED_KEYS("duplicated keys", "1% of rows appended again") {
    @Override
    List<String[]> apply(List<String[]> rows, Random random) {
      List<String[]> out = new ArrayList<>(rows);
      for (int i = 1; i < rows.size(); i++) {
        if (random.nextDouble() < 0.01) {
          out.add(rows.get(i).clone());
        }
      }
      return out;
    }
  },
  SWAPPED_COLUMNS("swapped columns", "the values of two same-typed columns swapped") {
    @Override
    List<String[]> apply(List<String[]> rows, Random random) {
      int[][] pairs = {{7, 8}, {4, 6}, {3, 9}};
      int[] pair = pairs[random.nextInt(pairs.length)];
      return each(
          rows,
          random,
          1.0,
          r -> {
            String t = r[pair[0]];
            r[pair[0]] = r[pair[1]];
            r[pair[1]] = t;
          });
    }
  },
  RENAMED_COLUMN("renamed column", "one column's header renamed") {
    @Override
    List<String[]> apply(List<String[]> rows, Random random) {
      List<String[]> out = copy(rows);
      int column = random.nextInt(out.get(0).length);
      String name = out.get(0)[column];
      out.get(0)[column] = random.nextBoolean() ? name.toUpperCase(Locale.ROOT) : name + "_v2";
      return out;
    }
  },
  TRUNCATED_FILE("truncated file", "file cut at a random byte in its second half") {
    @Override
    List<String[]> apply(List<String[]> rows, Random random) {
      // Done on the text (see truncate); the rows stay as they are.
      return rows;
    }

    @Override
    String text(List<String[]> rows, Random random) {
      String full = super.text(rows, random);
      int cut = full.length() / 2 + random.nextInt(full.length() / 2 - 1);
      return full.substring(0, cut);
    }
  },
  DISTRIBUTION_SHIFT(
      "distribution shift", "a numeric column +0.5 sd, or 25% of a category mix moved") {
    @Override
    List<String[]> apply(List<String[]> rows, Random random) {
      if (random.nextBoolean()) {
        int column = pick(random, new int[] {MONTHLY, TOTAL});
        double sd = stdev(rows, column);
        return each(
            rows,
            random,
            1.0,
            r -> r[column] = number(Double.parseDouble(r[column]) + 0.5 * sd, column));
      }
      int column = pick(random, CATEGORICAL);
      String target = rows.get(1)[column];
      return each(rows, random, 0.25, r -> r[column] = target);
    }
  };

  static final int TENURE = 3;
  static final int MONTHLY = 7;
  static final int TOTAL = 8;
  static final int[] NON_KEY = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
  static final int[] NUMERIC = {3, 7, 8, 9};
  static final int[] NUMERIC_NOT_COUNT = {3, 7, 8};
  static final int[] CATEGORICAL = {4, 5, 6, 10};

  private final String label;
  private final String description;

  ErrorInjection(String label, String description) {
    this.label = label;
    this.description = description;
  }

  String label() {
    return label;
  }

  String description() {
    return description;
  }

  /** The broken rows (header first); the input is not changed. */
  abstract List<String[]> apply(List<String[]> rows, Random random);

  /** The broken file's text. */
  String text(List<String[]> rows, Random random) {
    return text(rows);
  }

  /** A CSV file's text. */
  static String text(List<String[]> rows) {
    StringBuilder csv = new StringBuilder();
    for (String[] row : rows) {
      csv.append(String.join(",", row)).append('\n');
    }
    return csv.toString();
  }

  String inject(List<String[]> rows, Random random) {
    return text(apply(rows, random), random);
  }

  private static double stdev(List<String[]> rows, int column) {
    double[] v = rows.stream().skip(1).mapToDouble(r -> Double.parseDouble(r[column])).toArray();
    double mean = java.util.Arrays.stream(v).average().orElse(0);
    return Math.sqrt(
        java.util.Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum() / (v.length - 1));
  }

  private static int pick(Random random, int[] columns) {
    return columns[random.nextInt(columns.length)];
  }

  private static List<String[]> copy(List<String[]> rows) {
    List<String[]> out = new ArrayList<>();
    rows.forEach(r -> out.add(r.clone()));
    return out;
  }

  private static List<String[]> each(
      List<String[]> rows,
      Random random,
      double share,
      java.util.function.Consumer<String[]> change) {
    List<String[]> out = copy(rows);
    for (int i = 1; i < out.size(); i++) {
      if (share >= 1 || random.nextDouble() < share) {
        change.accept(out.get(i));
      }
    }
    return out;
  }

  private static String number(double value, int column) {
    return column == TENURE || column == 9
        ? String.valueOf(Math.round(value))
        : String.format(Locale.ROOT, "%.2f", value);
  }

  private static String typo(String value, Random random) {
    if (value.length() < 3) {
      return value + "x";
    }
    int i = 1 + random.nextInt(value.length() - 2);
    char[] c = value.toCharArray();
    char t = c[i];
    c[i] = c[i + 1];
    c[i + 1] = t;
    String swapped = new String(c);
    return swapped.equals(value) ? value.substring(0, i) + value.substring(i + 1) : swapped;
  }
}
