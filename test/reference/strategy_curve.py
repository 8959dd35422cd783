"""Independent reference for the per-strategy curve of a compounding log (issue 15,
docs/conventions.md "Per-strategy curve on a compounding log").

Reads test/fixtures/optionomega/nineteen-strategies.csv with the csv module and, from the
rules written in docs/conventions.md and SPEC-metrics §1-2 (not from the TypeScript code):
- starting capital = Funds at Close - P/L of the first trade to close (close date, time);
- each trade's return r = P/L / (Funds at Close - P/L), floored at -1;
- a strategy's curve: E = start; its trades in close order (date, time, file order within
  equal stamps), P/L' = r * E, E += P/L';
- business-day curve (Mon-Fri) from the first open to the last close, a weekend date
  counted on the Friday before; max drawdown = max (peak - E) / peak with the peak starting
  at start; CAGR = (final / start) ** (365.25 / days) - 1, days = last close - first open.
Prints JSON {strategy: {cagr, maxDrawdown, finalEquity}}; the expected values in
test/unit/stats/strategy-curve-compounding.test.ts were copied from its output.

Run: python3 test/reference/strategy_curve.py
"""
import csv
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CSV = os.path.join(HERE, '..', 'fixtures', 'optionomega', 'nineteen-strategies.csv')


def day(s):
    return dt.date.fromisoformat(s)


def business_on_or_before(d):
    while d.weekday() >= 5:
        d -= dt.timedelta(days=1)
    return d


def main():
    with open(CSV, encoding='utf-8-sig', newline='') as f:
        rows = list(csv.DictReader(f))
    trades = [
        {
            'i': i,
            'strategy': r['Strategy'],
            'open': day(r['Date Opened']),
            'close': day(r['Date Closed']),
            'tclose': r['Time Closed'],
            'pl': float(r['P/L']),
            'funds': float(r['Funds at Close']),
        }
        for i, r in enumerate(rows)
    ]
    first_close = min(trades, key=lambda t: (t['close'], t['tclose']))
    start = first_close['funds'] - first_close['pl']
    out = {'startingCapital': start, 'strategies': {}}
    for name in sorted({t['strategy'] for t in trades}):
        own = sorted((t for t in trades if t['strategy'] == name), key=lambda t: (t['close'], t['tclose'], t['i']))
        equity = start
        pl_by_day = {}
        for t in own:
            before = t['funds'] - t['pl']
            r = max(-1.0, t['pl'] / before) if before > 0 else -1.0
            pl = r * max(equity, 0.0)
            equity += pl
            d = business_on_or_before(t['close'])
            pl_by_day[d] = pl_by_day.get(d, 0.0) + pl
        first = min(business_on_or_before(t['open']) for t in own)
        last = max(business_on_or_before(t['close']) for t in own)
        e = start
        peak = start
        mdd = 0.0
        d = first
        while d <= last:
            if d.weekday() < 5:
                e += pl_by_day.get(d, 0.0)
                peak = max(peak, e)
                mdd = max(mdd, (peak - e) / peak)
            d += dt.timedelta(days=1)
        days = (max(t['close'] for t in own) - min(t['open'] for t in own)).days
        cagr = (equity / start) ** (365.25 / days) - 1
        out['strategies'][name] = {'cagr': cagr, 'maxDrawdown': mdd, 'finalEquity': equity}
    print(json.dumps(out, indent=1))


if __name__ == '__main__':
    main()
