#!/usr/bin/env python3
"""Independent reference for the edge by opening-VIX bucket (core/stats/vix-buckets, issue 18 §6).

Reads an OptionOmega trade log straight from the CSV (no Sizewise code). Closed trades with an
`Opening VIX` are bucketed [from, to): the interior edges are the user's, or numpy's linear
percentiles i/k (i = 1..k-1) of the opening VIX levels. Per bucket it prints the trade count,
win rate (wins / trades), mean P/L per contract and the classic Kelly p - q/b on P/L per
contract (p = wins / (wins + losses), b = mean win / mean |loss|; None without wins or losses).

Usage: python3 test/reference/vix_buckets.py LOG.csv (K | E1,E2,...)
"""
import csv
import json
import sys

import numpy as np


def main(path, spec):
    with open(path, encoding='utf-8-sig', newline='') as f:
        rows = [r for r in csv.DictReader(f) if r['Date Closed'] and r['Opening VIX'].strip()]
    vix = np.array([float(r['Opening VIX']) for r in rows])
    per_contract = np.array([float(r['P/L']) / float(r['No. of Contracts']) for r in rows])
    if ',' in spec:
        edges = [float(e) for e in spec.split(',')]
    else:
        k = int(spec)
        edges = sorted(set(np.percentile(vix, [100 * i / k for i in range(1, k)]).tolist()))
        edges = [e for e in edges if e > vix.min()]
    index = np.searchsorted(np.array(edges), vix, side='right')
    out = []
    for b in range(len(edges) + 1):
        v = per_contract[index == b]
        wins, losses = v[v > 0], -v[v < 0]
        kelly = None
        if len(wins) and len(losses):
            p = len(wins) / (len(wins) + len(losses))
            kelly = p - (1 - p) / (wins.mean() / losses.mean())
        out.append({
            'from': None if b == 0 else edges[b - 1],
            'to': None if b == len(edges) else edges[b],
            'trades': int(len(v)),
            'winRate': len(wins) / len(v) if len(v) else None,
            'plPerContract': float(v.mean()) if len(v) else None,
            'kelly': kelly,
        })
    print(json.dumps({'edges': edges, 'buckets': out}, indent=1))


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
