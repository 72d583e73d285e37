#!/usr/bin/env python3
"""Writes the example pipeline's customer snapshots, deterministically (stdlib only).

reference.csv  the training snapshot (3,000 customers)
current.csv    this month's snapshot (3,000 customers) with controlled drift:
               income is ~35% higher, support calls rose, two new countries appear;
               age, tenure, segment and spend keep their distributions.
broken/.../current.csv (in src/test/broken) a broken export for the broken-snapshot profile.
Both carry realistic quirks: missing incomes, a skewed amount, a categorical with many
levels, and a few bad rows (a negative income, a malformed email, an unknown segment).

Run: python3 generate.py   (from this folder)
"""
import math
import random

COUNTRIES = ["DE", "FR", "US", "GB", "NL", "ES", "IT", "PL", "SE", "AT", "BE", "CH", "DK",
             "FI", "IE", "NO", "PT", "CZ", "HU", "RO", "GR", "SK", "SI", "HR", "BG", "LT",
             "LV", "EE", "LU", "MT", "CY", "IS", "CA", "AU", "NZ", "JP", "KR", "SG", "BR", "MX"]
SEGMENTS = ["retail", "business", "enterprise"]
HEADER = ("customer_id,age,income,segment,country,tenure_months,monthly_spend,"
          "support_calls,signup_date,email,churned")


def row(rng, i, drifted):
    age = min(90, max(18, int(rng.gauss(42, 13))))
    income = rng.lognormvariate(10.6, 0.55) * (1.35 if drifted else 1.0)
    segment = rng.choices(SEGMENTS, weights=[70, 25, 5])[0]
    countries = COUNTRIES + (["UA", "IN"] if drifted else [])
    weights = [1.0 / (k + 1) for k in range(len(COUNTRIES))] + ([0.4, 0.3] if drifted else [])
    country = rng.choices(countries, weights=weights)[0]
    tenure = int(rng.expovariate(1 / 30)) + 1
    spend = round(20 + 0.0009 * income / 12 * rng.uniform(0.5, 1.5) + (30 if segment == "enterprise" else 0), 2)
    calls = int(rng.expovariate(1 / (2.6 if drifted else 1.5)))
    days = rng.randrange(0, 3650)
    signup = "%04d-%02d-%02d" % (2014 + days // 365, (days % 365) // 31 + 1, (days % 31) % 28 + 1)
    email = "customer%d@example.com" % i
    logit = -2.2 + 0.35 * calls - 0.025 * tenure + (0.6 if segment == "retail" else 0) - 0.000004 * income
    churned = "true" if rng.random() < 1 / (1 + math.exp(-logit)) else "false"
    income_text = "" if rng.random() < 0.04 else "%.2f" % income
    return [i, age, income_text, segment, country, tenure, spend, calls, signup, email, churned]


def write(path, seed, first_id, drifted):
    rng = random.Random(seed)
    rows = [row(rng, first_id + k, drifted) for k in range(3000)]
    rows[16][2] = "-120.00"            # a bad row: negative income
    rows[41][9] = "customer41-at-example.com"  # a malformed email
    rows[99][3] = "partner"            # a segment the contract does not know
    with open(path, "w") as out:
        out.write(HEADER + "\n")
        for r in rows:
            out.write(",".join(str(v) for v in r) + "\n")


def write_broken(path):
    """A snapshot from a broken export: what the broken-snapshot profile runs the suites against."""
    rng = random.Random(20261102)
    rows = [row(rng, 100001 + k, True) for k in range(3000)]
    for k, r in enumerate(rows):
        if k % 9 == 0:
            r[2] = ""                        # incomes lost: 11% nulls
        elif k % 37 == 0:
            r[2] = "-%d.00" % (100 + k)      # refunds exported as negative incomes
        if k % 23 == 0:
            r[3] = "unknown"                 # an unmapped segment code
        if k % 15 == 0:
            r[9] = "n/a"                     # emails blanked by a privacy filter
    rows[2999][0] = rows[0][0]               # a duplicated customer id
    with open(path, "w") as out:
        out.write(HEADER + "\n")
        for r in rows:
            out.write(",".join(str(v) for v in r) + "\n")


write("reference.csv", 20240101, 1, False)
write("current.csv", 20261101, 100001, True)
write_broken("../../../../../broken/dev/mltest/examples/data/current.csv")
