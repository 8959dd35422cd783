#!/usr/bin/env python3
"""Independent reference for the drawdown target (core/sizing/drawdown-target, issue 18 §2).

Reads an OptionOmega trade log straight from the CSV (no Sizewise code), forms one strategy's
per-trade returns in risk units (P/L per contract / the average loss per contract), sorted by
open date and time, and estimates with numpy's PCG64 generator (not Sizewise's xoshiro128**)
the probability that a path of H trades, resampled by the stationary block bootstrap with mean
block round(n^(1/3)), compounding equity x (1 + f r), reaches a drawdown >= X -- at each
fraction f given. It prints the probability and its Monte Carlo standard error.

Usage: python3 test/reference/drawdown_target.py LOG.csv STRATEGY X H PATHS SEED f1 [f2 ...]
(STRATEGY "*" = every trade, the portfolio.)
"""
import csv
import json
import sys

import numpy as np


def returns_of(path, strategy):
    with open(path, encoding='utf-8-sig', newline='') as f:
        rows = [r for r in csv.DictReader(f) if strategy == '*' or r['Strategy'] == strategy]
    rows = [r for r in rows if r['Date Closed']]
    rows.sort(key=lambda r: (r['Date Opened'], r['Time Opened']))
    per_contract = np.array([float(r['P/L']) / float(r['No. of Contracts']) for r in rows])
    unit = -per_contract[per_contract < 0].mean()
    return per_contract / unit


def indices(rng, n, block, paths, horizon):
    """Stationary bootstrap indices, vectorised over paths: shape (paths, horizon)."""
    out = np.empty((paths, horizon), dtype=np.int64)
    current = rng.integers(0, n, size=paths)
    out[:, 0] = current
    for step in range(1, horizon):
        fresh = rng.random(paths) < 1.0 / block
        current = np.where(fresh, rng.integers(0, n, size=paths), (current + 1) % n)
        out[:, step] = current
    return out


def probability(r, idx, f, x):
    log_growth = np.log1p(f * r[idx])
    log_equity = np.concatenate([np.zeros((idx.shape[0], 1)), np.cumsum(log_growth, axis=1)], axis=1)
    peak = np.maximum.accumulate(log_equity, axis=1)
    worst = (log_equity - peak).min(axis=1)
    return float((worst <= np.log1p(-x)).mean())


def main():
    path, strategy, x, horizon, paths, seed = sys.argv[1], sys.argv[2], float(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
    fractions = [float(v) for v in sys.argv[7:]]
    r = returns_of(path, strategy)
    block = max(1, round(len(r) ** (1 / 3)))
    rng = np.random.Generator(np.random.PCG64(seed))
    idx = indices(rng, len(r), block, paths, horizon)
    result = []
    for f in fractions:
        p = probability(r, idx, f, x)
        result.append({'fraction': f, 'probability': p, 'standardError': (p * (1 - p) / paths) ** 0.5})
    print(json.dumps({'trades': len(r), 'meanBlock': block, 'results': result}, indent=1))


if __name__ == '__main__':
    main()
