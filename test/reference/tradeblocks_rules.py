"""EMA figures under TradeBlocks' own rules (read from tradeblocks-org/tradeblocks,
packages/lib/calculations/portfolio-stats.ts and margin-timeline.ts), for
docs/coming-from-tradeblocks.md. Independent of Sizewise's code.
- Drawdown with a daily log: max |Drawdown %| column (as rounded in the file).
- Margin use (buildMarginTimeline): every trade's Margin Req. counts on each calendar day from
  its open date to its close date; ÷ starting capital ("fixed") or ÷ starting capital +
  cumulative P/L of trades closed on or before that date ("compounding", no daily log).
- Kelly: win rate = wins / all trades (scratches in the denominator).
- Daily returns: from the first close date; a weekend day is its own day when a trade closed on it.
Run: python3 test/reference/tradeblocks_rules.py
"""
import csv, datetime as dt, os
here = os.path.dirname(os.path.abspath(__file__))
fx = os.path.join(here, '..', 'fixtures', 'optionomega')
daily = list(csv.DictReader(open(os.path.join(fx, 'ema-dailylog.csv'), encoding='utf-8-sig')))
print('drawdown column max %', max(abs(float(r['Drawdown %'])) for r in daily))
trades = list(csv.DictReader(open(os.path.join(fx, 'ema-tradelog.csv'), encoding='utf-8-sig')))
d = dt.date.fromisoformat
start = 100000.0
margin = {}
for t in trades:
    day = d(t['Date Opened']); end = d(t['Date Closed'])
    while day <= end:
        margin[day] = margin.get(day, 0.0) + float(t['Margin Req.']); day += dt.timedelta(days=1)
fixed = max((m / start, k) for k, m in margin.items())
comp = max((m / (start + sum(float(t['P/L']) for t in trades if d(t['Date Closed']) <= k)), k) for k, m in margin.items())
print('margin fixed', fixed, 'compounding', comp)
w = [float(t['P/L']) for t in trades if float(t['P/L']) > 0]; l = [float(t['P/L']) for t in trades if float(t['P/L']) < 0]
p = len(w) / len(trades); b = (sum(w) / len(w)) / (abs(sum(l)) / len(l))
print('kelly (all trades)', (p * b - (1 - p)) / b, len(w), len(trades))
closes = sorted(d(t['Date Closed']) for t in trades)
print('first close', closes[0], 'first open', min(d(t['Date Opened']) for t in trades), 'weekend closes', sum(1 for c in closes if c.weekday() >= 5))
