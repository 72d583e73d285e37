#!/usr/bin/env python3
"""Reference values for the dev.mltest.drift golden tests.

Two steps, kept apart so that the committed data files stay authoritative:

  python3 generate_golden.py --write-data   # (re)create data/*.csv from fixed seeds
  python3 generate_golden.py                # read data/*.csv, write golden.csv

The second step only reads the CSV files it is given, so the Java tests and this script
always see the same doubles. Each drift method is computed the way Evidently computes it
(evidently/legacy/calculations/stattests, see docs/drift-statistics.md), on top of SciPy
and NumPy. Evidently itself is not needed.

golden.csv has the columns case,method,quantity,value. Lists are space separated.
Floats are written with repr(), which round-trips exactly through Double.parseDouble.
"""

import argparse
import csv
import math
import os
import sys
from collections import Counter

import numpy as np
import scipy
from scipy import stats
from scipy.spatial import distance

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")

# ---------------------------------------------------------------------------------------
# Case definitions: name -> (kind, reference file, current file, reference limit, current
# limit). A file is a stem (stem_reference.csv / stem_current.csv) or a file name; a limit takes
# the first rows of a file so that large files can be shared.
# ---------------------------------------------------------------------------------------
CASES = [
    ("normal_small", "numeric", "normal_small", "normal_small", None, None),
    ("normal_shift", "numeric", "normal_shift", "normal_shift", None, None),
    ("equal_sizes", "numeric", "equal_sizes", "equal_sizes", None, None),
    ("exact_900_1200", "numeric", "exact_900_1200", "exact_900_1200", None, None),
    ("asymp_12000_11000", "numeric", "large", "large", None, None),
    ("boundary_10000_3000", "numeric", "large", "large", 10000, 3000),
    ("boundary_10001_3000", "numeric", "large", "large", 10001, 3000),
    ("tiny_p", "numeric", "tiny_p", "tiny_p", None, None),
    # asymptotic KS in other regimes of SciPy's kstwo.sf: large n x^2 and tiny p-values
    ("asymp_12000_150", "numeric", "large", "normal_shift", None, None),
    ("asymp_tiny_p", "numeric", "large", "tiny_p", None, None),
    ("ties_rounded", "numeric", "ties_rounded", "ties_rounded", None, None),
    ("ties_integers", "numeric", "ties_integers", "ties_integers", None, None),
    ("few_distinct_3", "numeric", "few_distinct_3", "few_distinct_3", None, None),
    ("binary_numeric", "numeric", "binary_numeric", "binary_numeric", None, None),
    ("few_distinct_large", "numeric", "few_distinct_large", "few_distinct_large", None, None),
    ("distinct_20", "numeric", "distinct_20", "distinct_20", None, None),
    ("distinct_21", "numeric", "distinct_21", "distinct_21", None, None),
    ("sturges_power_of_two", "numeric", "sturges_power_of_two", "sturges_power_of_two", None, None),
    ("negative_zero", "numeric", "negative_zero", "negative_zero", None, None),
    ("negative_zero_ties", "numeric", "negative_zero_ties", "negative_zero_ties", None, None),
    ("nan_inf", "numeric", "nan_inf", "nan_inf", None, None),
    ("single_current", "numeric", "single_current", "single_current", None, None),
    ("single_reference", "numeric", "single_current_current.csv", "normal_small", None, None),
    ("single_value_asymptotic", "numeric", "single_current_current.csv", "large", None, 10001),
    ("identical", "numeric", "identical", "identical", None, None),
    ("constant_reference", "numeric", "constant_reference", "constant_reference", None, None),
    ("cat_unseen", "categorical", "cat_unseen", "cat_unseen", None, None),
    ("cat_binary", "categorical", "cat_binary", "cat_binary", None, None),
    ("cat_many", "categorical", "cat_many", "cat_many", None, None),
    ("cat_large", "categorical", "cat_large", "cat_large", None, None),
    ("cat_rare", "categorical", "cat_rare", "cat_rare", None, None),
    ("cat_nulls", "categorical", "cat_nulls", "cat_nulls", None, None),
    ("cat_same_single", "categorical", "cat_same_single", "cat_same_single", None, None),
]

NUMERIC_METHODS = ["ks", "wasserstein", "jensenshannon", "psi", "kl_div", "hellinger"]
VALUE_METHODS = ["chisquare", "chisquare_gof", "z"]  # numeric only when few distinct values
CATEGORICAL_METHODS = ["chisquare", "chisquare_gof", "z", "jensenshannon", "psi", "kl_div", "hellinger", "l_infinity"]


# ---------------------------------------------------------------------------------------
# Data generation (fixed seeds; only run with --write-data)
# ---------------------------------------------------------------------------------------
def write_numeric(name, side, values):
    with open(os.path.join(DATA, f"{name}_{side}.csv"), "w", newline="") as f:
        f.write("value\n")
        for v in values:
            if isinstance(v, str):
                f.write(v + "\n")
            elif math.isnan(v):
                f.write("NaN\n")
            elif math.isinf(v):
                f.write("Infinity\n" if v > 0 else "-Infinity\n")
            elif float(v).is_integer() and abs(v) < 1e15:
                # keep the sign of -0.0 in the file
                f.write(("-0.0" if math.copysign(1.0, v) < 0 and v == 0 else f"{v:.1f}") + "\n")
            else:
                f.write(f"{v:.9g}\n")


def write_categorical(name, side, values):
    with open(os.path.join(DATA, f"{name}_{side}.csv"), "w", newline="") as f:
        f.write("value\n")
        for v in values:
            f.write(("" if v is None else v) + "\n")


def write_data():
    os.makedirs(DATA, exist_ok=True)
    rng = np.random.default_rng(20240611)

    def pair(name, ref, cur, writer=write_numeric):
        writer(name, "reference", ref)
        writer(name, "current", cur)

    pair("normal_small", rng.normal(0, 1, 30), rng.normal(0.5, 1, 40))
    pair("normal_shift", rng.normal(0, 1, 200), rng.normal(0.3, 1, 150))
    pair("equal_sizes", rng.normal(0, 1, 500), rng.normal(0.12, 1, 500))
    pair("exact_900_1200", rng.normal(0, 1, 900), rng.normal(0.1, 1, 1200))
    pair("large", rng.normal(0, 1, 12000), rng.normal(0.03, 1, 11000))
    pair("tiny_p", rng.normal(0, 1, 300), rng.normal(1.5, 1, 400))
    pair("ties_rounded", np.round(rng.normal(0, 1, 50), 1), np.round(rng.normal(0.4, 1, 60), 1))
    pair("ties_integers", rng.integers(0, 6, 40).astype(float), rng.integers(0, 6, 50).astype(float))
    pair("few_distinct_3", rng.choice([1.0, 2.0, 3.0], 300, p=[0.5, 0.3, 0.2]),
         rng.choice([1.0, 2.0, 3.0], 250, p=[0.4, 0.35, 0.25]))
    pair("binary_numeric", rng.choice([0.0, 1.0], 500, p=[0.7, 0.3]),
         rng.choice([0.0, 1.0], 400, p=[0.62, 0.38]))
    pair("few_distinct_large", rng.choice([1.0, 2.0, 3.0, 4.0, 5.0], 2000),
         rng.choice([1.0, 2.0, 3.0, 4.0, 5.0], 1500, p=[0.3, 0.2, 0.2, 0.2, 0.1]))
    # exactly 20 distinct reference values: one bucket per value; 21: Sturges histogram
    pair("distinct_20", np.concatenate([np.arange(20.0), rng.integers(0, 20, 180).astype(float)]),
         rng.integers(0, 22, 150).astype(float))
    pair("distinct_21", np.concatenate([np.arange(21.0), rng.integers(0, 21, 179).astype(float)]),
         rng.integers(0, 23, 150).astype(float))
    # 512 + 512 values: log2(1024) is exact, the edge count must not be off by one
    pair("sturges_power_of_two", rng.normal(0, 1, 512), rng.normal(0.2, 1.1, 512))
    pair("negative_zero", [-0.0, 1.0, 1.0, 5.0], [0.0, 2.0, 3.0, 4.0])
    ref = np.round(rng.normal(0, 1, 50), 1)
    cur = np.round(rng.normal(0.3, 1, 60), 1)
    ref[:4] = -0.0
    cur[:3] = 0.0
    cur[3:5] = -0.0
    pair("negative_zero_ties", ref, cur)
    ref = list(rng.normal(0, 1, 120))
    cur = list(rng.normal(0.2, 1, 100))
    for i, v in [(3, math.nan), (10, math.inf), (20, math.nan), (40, -math.inf), (50, math.nan),
                 (60, math.nan), (70, math.inf), (80, math.nan)]:
        ref.insert(i, v)
    for i, v in [(5, math.nan), (15, math.inf), (25, math.nan), (35, math.nan)]:
        cur.insert(i, v)
    pair("nan_inf", ref, cur)
    pair("single_current", rng.normal(0, 1, 20), [0.75])
    same = rng.normal(0, 1, 25)
    pair("identical", same, same.copy())
    pair("constant_reference", [3.0] * 50, [3.0] * 30 + [3.1] * 10)

    def cats(names, n, p=None):
        return list(rng.choice(names, n, p=p))

    pair("cat_unseen", cats(["a", "b", "c", "d"], 300, [0.4, 0.3, 0.2, 0.1]),
         cats(["a", "b", "c", "d", "e"], 200, [0.35, 0.3, 0.2, 0.1, 0.05]), write_categorical)
    pair("cat_binary", cats(["no", "yes"], 400, [0.8, 0.2]), cats(["no", "yes"], 300, [0.74, 0.26]),
         write_categorical)
    many = [f"k{i:02d}" for i in range(12)]
    pair("cat_many", cats(many, 500), cats(many, 450), write_categorical)
    eight = ["red", "green", "blue", "cyan", "magenta", "yellow", "black", "white"]
    pair("cat_large", cats(eight, 5000), cats(eight, 3000, [0.2, 0.15, 0.15, 0.1, 0.1, 0.1, 0.1, 0.1]),
         write_categorical)
    ref = cats(["a", "b", "c"], 19999, [0.5, 0.3, 0.2]) + ["rare"]
    cur = cats(["a", "b"], 3000, [0.55, 0.45])
    pair("cat_rare", ref, cur, write_categorical)
    ref = cats(["x", "y", "z"], 100)
    cur = cats(["x", "y", "z"], 80)
    for i in (0, 7, 33):
        ref[i] = None
    for i in (2, 9):
        cur[i] = None
    pair("cat_nulls", ref, cur, write_categorical)
    pair("cat_same_single", ["only"] * 30, ["only"] * 20, write_categorical)


# ---------------------------------------------------------------------------------------
# Reading and cleaning (Evidently: inf -> NaN, then dropna)
# ---------------------------------------------------------------------------------------
def data_file(stem, side):
    return stem if stem.endswith(".csv") else f"{stem}_{side}.csv"


def read_column(stem, side, kind, limit):
    with open(os.path.join(DATA, data_file(stem, side)), newline="") as f:
        rows = [r[0] if r else "" for r in csv.reader(f)][1:]
    if limit is not None:
        rows = rows[:limit]
    if kind == "numeric":
        return [float(r) for r in rows]
    return [None if r == "" else r for r in rows]


def clean_numeric(raw):
    arr = np.asarray(raw, dtype=float)
    nan = int(np.isnan(arr).sum())
    inf = int(np.isinf(arr).sum())
    kept = arr[np.isfinite(arr)]
    return kept, nan, inf


def clean_categorical(raw):
    kept = [v for v in raw if v is not None]
    return kept, len(raw) - len(kept)


# ---------------------------------------------------------------------------------------
# Evidently's methods, written after evidently/legacy/calculations/stattests
# ---------------------------------------------------------------------------------------
def binned(ref, cur, kind, fill_zeroes):
    """get_binned_data: Sturges edges on the combined sample, or one bucket per value."""
    if kind == "numeric" and len(set(ref)) > 20:
        edges = np.histogram_bin_edges(np.concatenate([ref, cur]), bins="sturges")
        ref_counts = np.histogram(ref, edges)[0]
        cur_counts = np.histogram(cur, edges)[0]
        binning = ("edges", list(edges))
    else:
        keys = sorted(set(ref) | set(cur))
        rc, cc = Counter(ref), Counter(cur)
        ref_counts = np.array([rc[k] for k in keys])
        cur_counts = np.array([cc[k] for k in keys])
        binning = ("values", keys)
    ref_p = ref_counts / len(ref)
    cur_p = cur_counts / len(cur)
    if fill_zeroes:
        for p in (ref_p, cur_p):
            smallest = min(p[p != 0])
            np.place(p, p == 0, smallest / 10**6 if smallest <= 0.0001 else 0.0001)
    return ref_p, cur_p, binning, list(ref_counts), list(cur_counts)


def hellinger(ref, cur, kind):
    keys = list(set(ref) | set(cur))
    if kind == "categorical":
        rc, cc = Counter(ref), Counter(cur)
        total = 0.0
        for k in keys:
            total += math.sqrt(rc[k] / len(ref) * cc[k] / len(cur))
        return math.sqrt(1 - float(np.clip(total, 0, 1))), None
    bins = np.histogram_bin_edges(keys, bins="sturges")
    h1 = np.histogram(ref, bins=bins, density=True)[0]
    h2 = np.histogram(cur, bins=bins, density=True)[0]
    width = (max(bins) - min(bins)) / (len(bins) - 1)
    total = 0.0
    for i in range(len(h1)):
        total += math.sqrt(h1[i] * h2[i]) * width
    return math.sqrt(1 - float(np.clip(total, 0, 1))), list(bins)


def contingency(ref, cur):
    """MLTest's chisquare: chi2_contingency(correction=False) on the 2 x k table, after pooling
    the categories whose expected count in the smaller sample is below 5 (Cochran's rule) into one
    bucket."""
    keys = sorted(set(ref) | set(cur))
    rc, cc = Counter(ref), Counter(cur)
    n, m = len(ref), len(cur)
    small = min(n, m)
    kept, rare = [], {}
    pooled = 0
    for k in keys:
        if (rc[k] + cc[k]) * small / (n + m) < 5:
            bucket = rare.setdefault(0, [0, 0])
            bucket[0] += rc[k]
            bucket[1] += cc[k]
            pooled += 1
        else:
            kept.append([rc[k], cc[k]])
    for where in sorted(rare):
        kept.append(rare[where])
    if len(kept) < 2:
        return 0.0, 1.0, len(kept), pooled
    table = np.array(kept, dtype=float).T
    stat, p, dof, _ = stats.chi2_contingency(table, correction=False)
    return float(stat), float(p), len(kept), pooled


def total_variation(ref, cur):
    keys = sorted(set(ref) | set(cur))
    rc, cc = Counter(ref), Counter(cur)
    return 0.5 * sum(abs(rc[k] / len(ref) - cc[k] / len(cur)) for k in keys)


def wasserstein_normed(ref, cur):
    """W1 / max(std(ref), 0.001 * std(both)): Evidently's normed distance with the floor made
    relative to the data's scale instead of an absolute 0.001."""
    w = stats.wasserstein_distance(ref, cur)
    if w == 0:
        return 0.0
    return w / max(np.std(ref), 0.001 * np.std(np.concatenate([ref, cur])))


def chisquare(ref, cur):
    keys = sorted(set(ref) | set(cur))
    rc, cc = Counter(ref), Counter(cur)
    k_norm = len(cur) / len(ref)
    f_exp = [rc[k] * k_norm for k in keys]
    f_obs = [cc[k] for k in keys]
    with np.errstate(divide="ignore", invalid="ignore"):
        result = stats.chisquare(f_obs, f_exp)
    return float(result.statistic), float(result.pvalue)


def z_test(ref, cur):
    if len(set(ref)) == 1 and len(set(cur)) == 1 and set(ref) == set(cur):
        return 0.0, 1.0, 1.0
    first = sorted(set(ref) | set(cur))[0]
    r = np.array([0 if v == first else 1 for v in ref], dtype=float)
    c = np.array([0 if v == first else 1 for v in cur], dtype=float)
    n1, n2 = len(r), len(c)
    p1, p2 = r.sum() / n1, c.sum() / n2
    pooled = (p1 * n1 + p2 * n2) / (n1 + n2)
    z = (p1 - p2) / np.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2))
    # Evidently writes 2 * (1 - cdf(|z|)); 2 * sf(|z|) is the same number without the
    # cancellation for large |z|. Both are recorded.
    return float(z), float(2 * stats.norm.sf(abs(z))), float(2 * (1 - stats.norm.cdf(abs(z))))


def default_method(ref, cur, kind):
    """MLTest's default rule: KS for numeric columns, chi-square contingency for categories and
    numeric columns with at most 5 distinct values (with an effect size, checked elsewhere)."""
    n_values = len(set(ref) | set(cur))
    return "ks" if kind == "numeric" and n_values > 5 else "chisquare"


def evidently_method(ref, cur, kind):
    n_values = len(set(ref) | set(cur))
    if len(ref) <= 1000:
        if kind == "numeric" and n_values > 5:
            return "ks"
        return "chisquare_gof" if n_values > 2 else "z"
    if kind == "numeric" and n_values > 5:
        return "wasserstein"
    return "jensenshannon"


# ---------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------
def fmt(v):
    if isinstance(v, (list, tuple, np.ndarray)):
        return " ".join(fmt(x) for x in v)
    if isinstance(v, (bool, np.bool_)):
        return "true" if v else "false"
    if isinstance(v, (int, np.integer)):
        return str(int(v))
    if isinstance(v, (float, np.floating)):
        v = float(v)
        if math.isnan(v):
            return "NaN"
        if math.isinf(v):
            return "Infinity" if v > 0 else "-Infinity"
        return repr(v)
    return str(v)


def numeric_case(name, ref, cur, out):
    ks = stats.ks_2samp(ref, cur)
    ks_asymp = stats.ks_2samp(ref, cur, method="asymp")
    out(name, "ks", "statistic", ks.statistic)
    out(name, "ks", "pvalue", ks.pvalue)
    out(name, "ks", "mode", "exact" if max(len(ref), len(cur)) <= 10000 else "asymptotic")
    out(name, "ks", "pvalue_asymp", ks_asymp.pvalue)
    out(name, "wasserstein", "score", wasserstein_normed(ref, cur))
    out(name, "wasserstein", "score_evidently", stats.wasserstein_distance(ref, cur) / max(np.std(ref), 0.001))
    for method, fill in (("jensenshannon", False), ("psi", True), ("kl_div", True)):
        r, c, binning, rc, cc = binned(ref, cur, "numeric", fill)
        if method == "jensenshannon":
            score = distance.jensenshannon(r, c)
        elif method == "psi":
            score = np.sum((r - c) * np.log(r / c))
        else:
            score = stats.entropy(r, c)
        out(name, method, "score", score)
        out(name, method, "binning", binning[0])
        out(name, method, binning[0], binning[1])
        out(name, method, "reference_counts", rc)
        out(name, method, "current_counts", cc)
    score, edges = hellinger(ref, cur, "numeric")
    out(name, "hellinger", "score", score)
    out(name, "hellinger", "edges", edges)
    if len(set(ref) | set(cur)) <= 20:
        value_tests(name, list(ref), list(cur), out)
        z, p, p_evidently = z_test(ref, cur)
        out(name, "z", "statistic", z)
        out(name, "z", "pvalue", p)
        out(name, "z", "pvalue_evidently", p_evidently)
    lo, hi = ref.min(), ref.max()
    outside = int(np.sum((cur < lo) | (cur > hi)))
    out(name, "out_of_range", "count", outside)
    out(name, "out_of_range", "share", outside / len(cur))


def value_tests(name, ref, cur, out):
    stat, p, buckets, pooled = contingency(ref, cur)
    out(name, "chisquare", "statistic", stat)
    out(name, "chisquare", "pvalue", p)
    out(name, "chisquare", "buckets", buckets)
    out(name, "chisquare", "pooled", pooled)
    out(name, "tvd", "score", total_variation(ref, cur))
    stat, p = chisquare(ref, cur)
    out(name, "chisquare_gof", "statistic", stat)
    out(name, "chisquare_gof", "pvalue", p)


def categorical_case(name, ref, cur, out):
    value_tests(name, ref, cur, out)
    z, p, p_evidently = z_test(ref, cur)
    out(name, "z", "statistic", z)
    out(name, "z", "pvalue", p)
    out(name, "z", "pvalue_evidently", p_evidently)
    for method, fill in (("jensenshannon", False), ("psi", True), ("kl_div", True)):
        r, c, binning, rc, cc = binned(ref, cur, "categorical", fill)
        if method == "jensenshannon":
            score = distance.jensenshannon(r, c)
        elif method == "psi":
            score = np.sum((r - c) * np.log(r / c))
        else:
            score = stats.entropy(r, c)
        out(name, method, "score", score)
        out(name, method, "values", binning[1])
        out(name, method, "reference_counts", rc)
        out(name, method, "current_counts", cc)
    score, _ = hellinger(ref, cur, "categorical")
    out(name, "hellinger", "score", score)
    r, c, _, _, _ = binned(ref, cur, "categorical", False)
    out(name, "l_infinity", "score", np.max(np.abs(r - c)))
    seen = set(ref)
    new = sorted({v for v in cur if v not in seen})
    new_count = sum(1 for v in cur if v not in seen)
    out(name, "new_categories", "names", new)
    out(name, "new_categories", "count", new_count)
    out(name, "new_categories", "share", new_count / len(cur))


def ties(values):
    counts = Counter(values)
    return sum(c for c in counts.values() if c > 1), len(counts)


def dataset_cases(out):
    """Multiple-testing corrections on fixed p-values (Bonferroni and Benjamini-Hochberg)."""
    p = np.array([0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205, 0.212, 0.216])
    m = len(p)
    bonferroni = np.minimum(p * m, 1.0)
    order = np.argsort(p)
    ranked = p[order] * m / np.arange(1, m + 1)
    ranked = np.minimum.accumulate(ranked[::-1])[::-1]
    bh = np.empty(m)
    bh[order] = np.minimum(ranked, 1.0)
    out("corrections", "input", "pvalues", list(p))
    out("corrections", "bonferroni", "adjusted", list(bonferroni))
    out("corrections", "fdr", "adjusted", list(bh))


def write_golden():
    rows = []

    def out(case, method, quantity, value):
        rows.append((case, method, quantity, fmt(value)))

    out("versions", "python", "scipy", scipy.__version__)
    out("versions", "python", "numpy", np.__version__)
    for name, kind, ref_stem, cur_stem, ref_limit, cur_limit in CASES:
        ref_raw = read_column(ref_stem, "reference", kind, ref_limit)
        cur_raw = read_column(cur_stem, "current", kind, cur_limit)
        out(name, "input", "kind", kind)
        out(name, "input", "reference", data_file(ref_stem, "reference"))
        out(name, "input", "current", data_file(cur_stem, "current"))
        out(name, "input", "reference_limit", -1 if ref_limit is None else ref_limit)
        out(name, "input", "current_limit", -1 if cur_limit is None else cur_limit)
        if kind == "numeric":
            ref, ref_nan, ref_inf = clean_numeric(ref_raw)
            cur, cur_nan, cur_inf = clean_numeric(cur_raw)
            out(name, "cleaning", "reference_nan", ref_nan)
            out(name, "cleaning", "reference_infinite", ref_inf)
            out(name, "cleaning", "current_nan", cur_nan)
            out(name, "cleaning", "current_infinite", cur_inf)
        else:
            ref, ref_null = clean_categorical(ref_raw)
            cur, cur_null = clean_categorical(cur_raw)
            out(name, "cleaning", "reference_null", ref_null)
            out(name, "cleaning", "current_null", cur_null)
        out(name, "cleaning", "reference_size", len(ref))
        out(name, "cleaning", "current_size", len(cur))
        ref_tied, ref_distinct = ties(list(ref))
        cur_tied, cur_distinct = ties(list(cur))
        out(name, "ties", "reference_tied", ref_tied)
        out(name, "ties", "reference_distinct", ref_distinct)
        out(name, "ties", "current_tied", cur_tied)
        out(name, "ties", "current_distinct", cur_distinct)
        out(name, "ties", "shared_values", len(set(ref) & set(cur)))
        out(name, "default", "method", default_method(list(ref), list(cur), kind))
        out(name, "evidently", "method", evidently_method(list(ref), list(cur), kind))
        out(name, "default", "union_distinct", len(set(ref) | set(cur)))
        if kind == "numeric":
            numeric_case(name, ref, cur, out)
        else:
            categorical_case(name, ref, cur, out)
    dataset_cases(out)
    with open(os.path.join(HERE, "golden.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["case", "method", "quantity", "value"])
        w.writerows(rows)
    print(f"wrote {len(rows)} rows with scipy {scipy.__version__}, numpy {np.__version__}",
          file=sys.stderr)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write-data", action="store_true", help="regenerate data/*.csv first")
    args = parser.parse_args()
    if args.write_data:
        write_data()
    write_golden()
