#!/usr/bin/env python3
"""SciPy reference for DriftBenchmark: the same default drift methods on the same files.

Usage: python3 drift_reference.py <bench-data dir> <rows>
Reads drift-reference-<rows>.csv and drift-current-<rows>.csv (written by DriftBenchmark),
applies Evidently's default rule for more than 1000 reference rows (numeric: Wasserstein
distance normed by the reference's population std, or Jensen-Shannon over value buckets for at
most 5 distinct values; categorical: Jensen-Shannon over the union of categories), and prints
the wall time of loading and of computing, and each column's method and score in the same
markdown shape as DriftBenchmark, so the two can be compared line by line.
"""
import csv
import sys
import time

import numpy as np
from scipy.spatial import distance
from scipy.stats import wasserstein_distance

NUMERIC = ["n%d" % i for i in range(10)]
CATEGORICAL = ["c%d" % i for i in range(5)]


def load(path):
    columns = {name: [] for name in NUMERIC + CATEGORICAL}
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            for name in NUMERIC:
                value = row[name]
                columns[name].append(float(value) if value != "" else np.nan)
            for name in CATEGORICAL:
                columns[name].append(row[name])
    out = {name: np.asarray(columns[name], dtype=float) for name in NUMERIC}
    out.update({name: np.asarray(columns[name], dtype=object) for name in CATEGORICAL})
    return out


def shares(reference, current):
    ref_keys, ref_counts = np.unique(reference, return_counts=True)
    cur_keys, cur_counts = np.unique(current, return_counts=True)
    keys = np.union1d(ref_keys, cur_keys)
    ref = np.zeros(len(keys))
    cur = np.zeros(len(keys))
    ref[np.searchsorted(keys, ref_keys)] = ref_counts
    cur[np.searchsorted(keys, cur_keys)] = cur_counts
    return ref / len(reference), cur / len(current)


def compare(reference, current):
    results = []
    for name in NUMERIC:
        ref = reference[name][np.isfinite(reference[name])]
        cur = current[name][np.isfinite(current[name])]
        if len(np.unique(np.concatenate([ref, cur]))) <= 5:
            r, c = shares(ref, cur)
            results.append((name, "jensenshannon", distance.jensenshannon(r, c)))
        else:
            score = wasserstein_distance(ref, cur) / max(np.std(ref), 0.001)
            results.append((name, "wasserstein", score))
    for name in CATEGORICAL:
        r, c = shares(reference[name], current[name])
        results.append((name, "jensenshannon", distance.jensenshannon(r, c)))
    return results


def main():
    folder, rows = sys.argv[1], int(sys.argv[2])
    start = time.perf_counter()
    reference = load("%s/drift-reference-%d.csv" % (folder, rows))
    current = load("%s/drift-current-%d.csv" % (folder, rows))
    loaded = time.perf_counter()
    timings = []
    for _ in range(3):
        begin = time.perf_counter()
        results = compare(reference, current)
        timings.append(time.perf_counter() - begin)
    compute = sorted(timings)[1]
    print("| figure | SciPy %s (s) |" % __import__("scipy").__version__)
    print("|---|---|")
    print("| load both CSV files (csv module) | %.3f |" % (loaded - start))
    print("| drift, %d vs %d rows, default methods, compute only (median of 3) | %.3f |" % (rows, rows, compute))
    print()
    print("| column | method | score |")
    print("|---|---|---|")
    for name, method, score in results:
        print("| %s | %s | %.12g |" % (name, method, score))


if __name__ == "__main__":
    main()
