"""Reference values of CatalogueAdditionsTest.DistributionMatches (SciPy 1.17, NumPy).

Current counts retail 60, business 30, enterprise 10 against stored shares 0.5, 0.4, 0.1.
Run: python3 stored_distribution_reference.py
"""
import numpy as np
from scipy.spatial.distance import jensenshannon
from scipy.stats import chisquare

p = np.array([0.5, 0.4, 0.1])
q = np.array([60, 30, 10]) / 100
print("psi", np.sum((q - p) * np.log(q / p)))  # 0.047000362924573574
print("jensenshannon", jensenshannon(p, q))  # 0.0765476629076519
print("chisquare_gof", chisquare([60, 30, 10], [50, 40, 10]).pvalue)  # 0.10539922456186433
# Five values of a category that is not stored: a fourth bucket with stored share 0.
q2 = np.array([60, 30, 10, 5]) / 105
print("l_infinity", np.max(np.abs(q2 - np.array([0.5, 0.4, 0.1, 0.0]))))  # 0.11428571428571432
