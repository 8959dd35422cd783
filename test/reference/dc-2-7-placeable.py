"""Independent reference for test/unit/sizing/placeable-dc-2-7.test.ts (issue 18 §1).

The compounding single-strategy log dc-2-7-mon-wed.csv at $1,000,000, half of the
growth-optimal fraction: per-contract P/L rᵢ = P/L / contracts; D = mean |loss per contract|;
f* = argmax mean ln(1 + f·rᵢ/D) (scipy brentq on the derivative); Kelly's contracts =
floor(f*/2 · capital / D); the worst-loss cap = floor(20% · capital / |worst loss per contract|).
Also the classic p − q/b on per-contract P/L (decided win rate) and its half-Kelly contracts
(the 1,077 the issue found). Run: python3 test/reference/dc-2-7-placeable.py
"""
import csv
import math
from pathlib import Path

import numpy as np
from scipy.optimize import brentq

path = Path(__file__).resolve().parents[1] / 'fixtures/optionomega/single-strategy/dc-2-7-mon-wed.csv'
with open(path, encoding='utf-8-sig') as f:
    rows = [r for r in csv.DictReader(f) if r['Date Closed']]
pc = np.array([float(r['P/L']) / float(r['No. of Contracts']) for r in rows])
capital = 1_000_000
losses = pc[pc < 0]
D = -losses.mean()
worst = -losses.min()
r = pc / D
slope = lambda f: np.mean(r / (1 + f * r))
f_star = brentq(slope, 0, (1 / -r.min()) * (1 - 1e-12), xtol=1e-15)
wins = pc[pc > 0]
p = len(wins) / (len(wins) + len(losses))
b = wins.mean() / -losses.mean()
classic = p - (1 - p) / b
print(f'trades {len(pc)}  D {D:.6f}  worst loss/contract {worst:.2f}')
print(f'growth-optimal f* {f_star:.10f}  classic p-q/b {classic:.10f}')
print(f'half f*: Kelly contracts {math.floor(f_star / 2 * capital / D + 1e-9)}')
print(f'half classic: contracts {math.floor(classic / 2 * capital / D + 1e-9)}')
print(f'worst-loss cap 20%: {math.floor(0.2 * capital / worst + 1e-9)} contracts')
