#!/usr/bin/env python3
"""Independent reference for the live-vs-backtest comparison (core/live), plain Python 3.

Reads an OptionOmega trade log and reporting (live) log straight from the CSV (no Sizewise
code), and computes what test/unit/live/*-real.test.ts pins: the comparison window, the
categories per strategy, mean / median premium slippage per contract, exit-reason
agreement, mean open-time difference, and the P/L-per-contract sums over matched pairs.
The matching is a brute-force search over every one-to-one pairing of each strategy-day
(most pairs, then least total squared time difference) -- a different algorithm from the
Hungarian method the app uses.

Usage: python3 test/reference/live_vs_backtest.py BACKTEST.csv LIVE.csv [LIVE=BACKTEST ...]
"""
import csv
import random
import json
import re
import statistics
import sys
from collections import defaultdict

TOLERANCE = 30 * 60


def rows(path):
    with open(path, encoding='utf-8-sig', newline='') as f:
        return list(csv.DictReader(f))


def seconds(t):
    h, m, s = t.split(':')
    return int(h) * 3600 + int(m) * 60 + int(float(s))


def shape(legs):
    parts = []
    for leg in legs.split('|'):
        m = re.search(r'(?:^|\s)([PC])\s+(STO|BTO|STC|BTC)(?:\s|$)', leg.strip())
        if not m:
            return None
        parts.append(m.group(1) + ' ' + m.group(2))
    return ' + '.join(sorted(parts)) if parts else None


def backtest_trade(r):
    raw = r['Premium']
    premium = float(raw) * 100 if '.' in raw else float(raw)
    return dict(strategy=r['Strategy'].strip() or 'Unknown', date=r['Date Opened'], sec=seconds(r['Time Opened']), funds=float(r['Funds at Close']),
                opened=r['Date Opened'] + 'T' + r['Time Opened'], contracts=int(r['No. of Contracts']), pl=float(r['P/L']),
                premium=premium, shape=shape(r['Legs']), reason=r['Reason For Close'].strip(), closed=r['Date Closed'] != '')


def live_trade(r):
    date, time = r['Date Opened'].split('T')
    time = time.split('.')[0]
    return dict(strategy=r['Strategy'].strip() or 'Unknown', date=date, sec=seconds(time), opened=date + 'T' + time,
                contracts=int(r['No. of Contracts']), pl=float(r['P/L']), premium=round(float(r['Initial Premium']) * 100, 6),
                shape=shape(r['Legs']), reason=r['Reason For Close'].strip(), closed=r['Date Closed'] != '')


def drift_percentile(pool, live_sum, n, sims=100000, seed=12345):
    """Share of stationary-block-bootstrap sums of n pool draws below live_sum (ties half); mean block round(cbrt(len(pool)))."""
    rng = random.Random(seed)
    size = len(pool)
    block = max(1, round(size ** (1 / 3)))
    below = 0.0
    for _ in range(sims):
        i = rng.randrange(size)
        total = 0.0
        for step in range(n):
            if step > 0:
                i = rng.randrange(size) if rng.random() < 1 / block else (i + 1) % size
            total += pool[i]
        below += 1 if total < live_sum - 1e-6 else 0.5 if abs(total - live_sum) <= 1e-6 else 0
    return below / sims


def best_pairing(live, back):
    """The pairs with the most pairs, then the least total (time difference)^2, by exhaustive search."""
    best = [[], None]

    def search(i, used, pairs, cost):
        if i == len(live):
            if best[1] is None or len(pairs) > len(best[0]) or (len(pairs) == len(best[0]) and cost < best[1]):
                best[0], best[1] = list(pairs), cost
            return
        search(i + 1, used, pairs, cost)
        for j, b in enumerate(back):
            if j in used:
                continue
            if live[i]['shape'] and b['shape'] and live[i]['shape'] != b['shape']:
                continue
            gap = abs(live[i]['sec'] - b['sec'])
            if gap > TOLERANCE:
                continue
            used.add(j)
            pairs.append((i, j))
            search(i + 1, used, pairs, cost + gap * gap)
            pairs.pop()
            used.discard(j)

    search(0, set(), [], 0)
    return best[0]


def main():
    backtest = [backtest_trade(r) for r in rows(sys.argv[1])]
    live = [live_trade(r) for r in rows(sys.argv[2])]
    mapping = dict(a.split('=', 1) for a in sys.argv[3:])
    frm = max(min(t['date'] for t in backtest), min(t['date'] for t in live))
    to = min(max(t['date'] for t in backtest), max(t['date'] for t in live))
    out = {'window': [frm, to], 'strategies': {}}
    for name in sorted({t['strategy'] for t in backtest}):
        live_names = [l for l in sorted({t['strategy'] for t in live}) if mapping.get(l, l) == name]
        b_all = [t for t in backtest if t['strategy'] == name]
        l_all = [t for t in live if t['strategy'] in live_names]
        inside = lambda t: frm <= t['date'] <= to
        by_day = defaultdict(lambda: ([], []))
        for t in l_all:
            if inside(t):
                by_day[t['date']][0].append(t)
        for t in b_all:
            if inside(t):
                by_day[t['date']][1].append(t)
        matched, live_only, back_only = [], 0, 0
        for day in sorted(by_day):
            ls, bs = by_day[day]
            pairs = best_pairing(ls, bs)
            matched += [(ls[i], bs[j]) for i, j in pairs]
            live_only += len(ls) - len(pairs)
            back_only += len(bs) - len(pairs)
        matched.sort(key=lambda p: p[0]['opened'])
        slip = [l['premium'] - b['premium'] for l, b in matched]
        closed = [(l, b) for l, b in matched if l['closed'] and b['closed']]
        out['strategies'][name] = {
            'liveNames': live_names,
            'matched': len(matched), 'liveOnly': live_only, 'backtestOnly': back_only,
            'outsideWindowLive': sum(1 for t in l_all if not inside(t)),
            'outsideWindowBacktest': sum(1 for t in b_all if not inside(t)),
            'meanSlippage': statistics.mean(slip) if slip else None,
            'pairsWithNonZeroSlippage': sum(1 for x in slip if x != 0),
            'medianSlippage': statistics.median(slip) if slip else None,
            'exitAgreement': statistics.mean(1 if l['reason'].lower() == b['reason'].lower() else 0 for l, b in matched) if matched else None,
            'meanOpenDifference': statistics.mean(l['sec'] - b['sec'] for l, b in matched) if matched else None,
            'livePlPerContract': sum(l['pl'] / l['contracts'] for l, b in closed),
            'backtestPlPerContract': sum(b['pl'] / b['contracts'] for l, b in closed),
            'liveTotalPl': sum(l['pl'] for l, b in closed),
            'backtestAtLiveContracts': sum(b['pl'] / b['contracts'] * l['contracts'] for l, b in closed),
            'driftPercentile': drift_percentile([t['pl'] / t['contracts'] for t in sorted((t for t in b_all if t['closed']), key=lambda t: (t['date'], t['sec'], t['funds']))],
                                                sum(l['pl'] / l['contracts'] for l, b in closed), len(closed)) if len(closed) >= 10 else None,
            'firstPairs': [[l['opened'], b['opened'], l['premium'] - b['premium']] for l, b in matched[:4]],
        }
    print(json.dumps(out, indent=1))


main()
