#!/usr/bin/env python3
"""Reference values for MLTest's paired comparison statistics, computed outside Java.

Run with Debian's python3-numpy, python3-scipy and python3-sklearn (scikit-learn 1.2, SciPy 1.10):
    /usr/bin/python3 generate_reference.py
It writes rows.csv (two models' predictions on the same 800 rows) and reference.json, which
PairedDeltaReferenceTest compares with dev.mltest.regression.PairedDelta.

Independent implementations on purpose: DeLong by its O(m·n) definition (not the mid-rank
shortcut the Java code uses), McNemar's exact test with scipy.stats.binomtest, metrics with
scikit-learn, and the bootstrap with NumPy's generator (so its bounds match the Java bootstrap's
only within Monte Carlo error, which the test allows for).
"""
import csv
import json

import numpy as np
from scipy.stats import binomtest, norm
from sklearn.metrics import accuracy_score, brier_score_loss, f1_score, log_loss, roc_auc_score

rng = np.random.default_rng(20261204)
n = 800
truth = (rng.random(n) < 0.3).astype(int)
signal = truth * 1.2 + rng.normal(0, 1, n)
base_pos = 1 / (1 + np.exp(-(signal - 0.6)))
current_signal = 0.8 * signal + 0.6 * rng.normal(0, 1, n)  # a somewhat worse model
cur_pos = 1 / (1 + np.exp(-(current_signal - 0.5)))
# Round to create ties, which AUC and DeLong must handle as halves.
base_pos = np.round(base_pos, 2)
cur_pos = np.round(cur_pos, 2)
base_pred = (base_pos >= 0.5).astype(int)
cur_pred = (cur_pos >= 0.5).astype(int)

with open("rows.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["key", "truth", "base_pred", "base_pos", "cur_pred", "cur_pos"])
    for i in range(n):
        w.writerow([i, truth[i], base_pred[i], base_pos[i], cur_pred[i], cur_pos[i]])

CONF = 0.95
z = norm.ppf(CONF)
ref = {"confidence": CONF, "rows": n}

# Accuracy: difference of paired proportions, Wald interval; McNemar's exact test.
b_ok = base_pred == truth
c_ok = cur_pred == truth
n01 = int(np.sum(~b_ok & c_ok))
n10 = int(np.sum(b_ok & ~c_ok))
d = (n01 - n10) / n
se = np.sqrt((n01 + n10 - n * d * d) / n**2)
ref["accuracy"] = {
    "baseline": accuracy_score(truth, base_pred),
    "current": accuracy_score(truth, cur_pred),
    "estimate": d,
    "lower": d - z * se,
    "upper": d + z * se,
    "mcnemarExactP": binomtest(min(n01, n10), n01 + n10, 0.5).pvalue,
}

# AUC: DeLong by definition.
def placements(scores):
    pos = scores[truth == 1]
    neg = scores[truth == 0]
    psi = (pos[:, None] > neg[None, :]) + 0.5 * (pos[:, None] == neg[None, :])
    return psi.mean(axis=1), psi.mean(axis=0), psi.mean()

v10b, v01b, auc_b = placements(base_pos)
v10c, v01c, auc_c = placements(cur_pos)
m, k = len(v10b), len(v01b)
s10 = np.cov(np.vstack([v10b, v10c]))
s01 = np.cov(np.vstack([v01b, v01c]))
var = (s10[0, 0] + s10[1, 1] - 2 * s10[0, 1]) / m + (s01[0, 0] + s01[1, 1] - 2 * s01[0, 1]) / k
d = auc_c - auc_b
ref["auc"] = {
    "baseline": roc_auc_score(truth, base_pos),
    "current": roc_auc_score(truth, cur_pos),
    "estimate": d,
    "lower": d - z * np.sqrt(var),
    "upper": d + z * np.sqrt(var),
    "p": 2 * norm.cdf(-abs(d) / np.sqrt(var)),
}

# Paired bootstrap (percentile) of macro F1, log loss and the Brier score (appended last, so the
# draws of the earlier metrics, and their reference values, stay as they were).
def truth_prob(pos):
    return np.where(truth == 1, pos, 1 - pos)

B = 20000
metrics = {
    "macroF1": lambda y, pred, pos: f1_score(y, pred, average="macro", labels=[0, 1], zero_division=0),
    "logLoss": lambda y, pred, pos: log_loss(y, pos, eps=1e-15, labels=[0, 1]),
    "brierScore": lambda y, pred, pos: brier_score_loss(y, pos, pos_label=1),
}
for name, fn in metrics.items():
    deltas = np.empty(B)
    for r in range(B):
        idx = rng.integers(0, n, n)
        deltas[r] = fn(truth[idx], cur_pred[idx], cur_pos[idx]) - fn(truth[idx], base_pred[idx], base_pos[idx])
    ref[name] = {
        "baseline": fn(truth, base_pred, base_pos),
        "current": fn(truth, cur_pred, cur_pos),
        "estimate": fn(truth, cur_pred, cur_pos) - fn(truth, base_pred, base_pos),
        "lower": float(np.quantile(deltas, 1 - CONF)),
        "upper": float(np.quantile(deltas, CONF)),
        "sd": float(np.std(deltas)),
    }

with open("reference.json", "w") as f:
    json.dump(ref, f, indent=2, default=float)
    f.write("\n")
