"""Synthetic daily order exports for the metrics-history example (deterministic).

Days 1-6 are ordinary: about 200 orders, ~2% of amounts missing. Day 7 is the export that broke
upstream: it still has 96 rows (above the suite's floor of 50) but lost half the orders, and 9% of
its amounts are missing. Run: python3 generate.py
"""
import random

ROWS = [200, 212, 195, 206, 199, 203, 96]
NULL_SHARE = [0.02, 0.02, 0.025, 0.02, 0.015, 0.02, 0.09]

for day, (rows, null_share) in enumerate(zip(ROWS, NULL_SHARE), start=1):
    rng = random.Random(day)
    with open(f"day-{day}.csv", "w", newline="\n") as out:
        out.write("order_id,amount,country\n")
        nulls = round(rows * null_share)
        for i in range(rows):
            amount = "" if i < nulls else f"{rng.lognormvariate(3.5, 0.6):.2f}"
            country = rng.choice(["DE", "FR", "NL", "IT"])
            out.write(f"{day * 10000 + i},{amount},{country}\n")
