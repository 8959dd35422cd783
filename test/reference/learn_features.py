"""Independent reference for the learned allocator's features (core/learn/features.ts, issue 13).

Reads resources/market/SPY.csv and QQQ.csv, builds the shared business-day calendar (Mon-Fri from
the later first return date to the earlier last date; 0 return on a business day a file lacks),
and prints the features of the row deciding the weights for one date, from returns of the days
before it only. numpy only; no code shared with the app.

    python3 test/reference/learn_features.py 2010-06-01
"""
import csv
import datetime as dt
import json
import sys

import numpy as np


def returns(path):
    with open(path) as f:
        rows = [(r["Date"], float(r["Adj Close"])) for r in csv.DictReader(f)]
    return {rows[i][0]: rows[i][1] / rows[i - 1][1] - 1 for i in range(1, len(rows))}


spy = returns("resources/market/SPY.csv")
qqq = returns("resources/market/QQQ.csv")
first = max(min(spy), min(qqq))
last = min(max(spy), max(qqq))
day = dt.date.fromisoformat(first)
end = dt.date.fromisoformat(last)
dates = []
while day <= end:
    if day.weekday() < 5:
        dates.append(day.isoformat())
    day += dt.timedelta(days=1)
R = {"SPY": np.array([spy.get(d, 0.0) for d in dates]), "QQQ": np.array([qqq.get(d, 0.0) for d in dates])}
t = dates.index(sys.argv[1] if len(sys.argv) > 1 else "2010-06-01")


def leg_features(r):
    out = {}
    for L in (1, 5, 21, 63):
        out[f"return {L}d"] = float(np.prod(1 + r[t - L:t]) - 1)
    for L in (5, 21, 63):
        out[f"volatility {L}d"] = float(np.std(r[t - L:t], ddof=1))
    for L in (5, 21, 63):
        w = r[t - L:t]
        out[f"downside volatility {L}d"] = float(np.sqrt(np.mean(np.minimum(w, 0) ** 2)))
    w = r[t - 63:t]
    eq = np.cumprod(1 + w)
    peak = np.maximum.accumulate(np.concatenate([[1.0], eq]))[1:]
    dd = (peak - eq) / peak
    k = int(np.argmax(dd))  # first index of the largest drawdown
    mdd = float(dd[k])
    out["max drawdown 63d"] = mdd
    if mdd > 0:
        regained = min(1.0, max(0.0, (eq[-1] - eq[k]) / (peak[k] - eq[k])))
        out["recovery speed 63d"] = regained / max(1, 62 - k)
    else:
        out["recovery speed 63d"] = 0.0
    out["hit rate 21d"] = float(np.mean(r[t - 21:t] > 0))
    out["hit rate 63d"] = float(np.mean(w > 0))
    wins, losses = w[w > 0], w[w < 0]
    out["payoff ratio 63d"] = 0.0 if len(wins) == 0 else 10.0 if len(losses) == 0 else float(min(10, wins.mean() / -losses.mean()))
    out["trend 63d"] = float(eq[-1] / eq.mean() - 1)
    out["slope 21d"] = float(np.polyfit(np.arange(21), np.log(eq[-21:]), 1)[0])
    return out


features = {}
for leg in ("SPY", "QQQ"):
    for name, value in leg_features(R[leg]).items():
        features[f"{leg} {name}"] = value
now = float(np.corrcoef(R["SPY"][t - 63:t], R["QQQ"][t - 63:t])[0, 1])
before = float(np.corrcoef(R["SPY"][t - 84:t - 21], R["QQQ"][t - 84:t - 21])[0, 1])
features["SPY–QQQ correlation 63d"] = now
features["SPY–QQQ correlation change 21d"] = now - before
print(json.dumps({"date": dates[t], "calendarIndex": t, "features": features}, indent=1, ensure_ascii=False))
