#!/usr/bin/env python3
"""
Independent reference values for the bets tests (issue 12), in plain Python (no numpy/scipy:
they are not installed here). Run: python3 test/unit/bets/reference/bets_reference.py

The algorithms are deliberately different from core/bets:
- Beta quantiles: bisection on the exact binomial-sum CDF of integer (a, b)
  I_x(a, b) = sum_{j=a}^{a+b-1} C(a+b-1, j) x^j (1-x)^(a+b-1-j), not a continued fraction;
- Student t tail: Simpson integration of the t density, not the incomplete beta;
- budget shares: bisection on lambda of sum clamp(lambda*s, min, max), not the exact
  piecewise-linear solve;
- group Kelly: Newton's method on the first-order condition, not bisection on the derivative;
- percentiles: numpy's default 'linear' rule written out.
"""
import math

def beta_cdf_int(x, a, b):
    n = a + b - 1
    return sum(math.comb(n, j) * x**j * (1 - x)**(n - j) for j in range(a, n + 1))

def beta_quantile_int(p, a, b):
    lo, hi = 0.0, 1.0
    for _ in range(200):
        mid = (lo + hi) / 2
        if beta_cdf_int(mid, a, b) < p: lo = mid
        else: hi = mid
    return (lo + hi) / 2

def t_density(x, nu):
    c = math.exp(math.lgamma((nu + 1) / 2) - math.lgamma(nu / 2)) / math.sqrt(nu * math.pi)
    return c * (1 + x * x / nu) ** (-(nu + 1) / 2)

def t_upper_tail(t, nu, steps=200000):
    # P(T >= t) = 1/2 - integral_0^t density (Simpson), for t >= 0
    h = t / steps
    s = t_density(0, nu) + t_density(t, nu)
    for i in range(1, steps):
        s += (4 if i % 2 else 2) * t_density(i * h, nu)
    return 0.5 - s * h / 3

def mean(v): return sum(v) / len(v)
def var(v):
    m = mean(v); return sum((x - m) ** 2 for x in v) / (len(v) - 1)

def welch(x, y):
    vx, vy = var(x) / len(x), var(y) / len(y)
    t = (mean(x) - mean(y)) / math.sqrt(vx + vy)
    df = (vx + vy) ** 2 / (vx**2 / (len(x) - 1) + vy**2 / (len(y) - 1))
    return t, df, t_upper_tail(t, df)

def percentile_linear(values, q):
    v = sorted(values); h = (len(v) - 1) * q; lo = math.floor(h)
    return v[lo] if lo + 1 >= len(v) else v[lo] + (h - lo) * (v[lo + 1] - v[lo])

def wstats(values, weights):
    v1 = sum(weights); v2 = sum(w * w for w in weights)
    m = sum(w * x for w, x in zip(weights, values)) / v1
    var_ = sum(w * (x - m) ** 2 for w, x in zip(weights, values)) / (v1 - v2 / v1)
    return m, math.sqrt(var_)

print("== Beta quantiles (integer a, b)")
for a, b in [(7, 5), (8, 6), (1, 1), (3, 10), (20, 4), (101, 51)]:
    print(f"  Beta({a},{b}): q05 = {beta_quantile_int(0.05, a, b):.15f}, q95 = {beta_quantile_int(0.95, a, b):.15f}, q001 = {beta_quantile_int(0.001, a, b):.15g}")

print("== Student t upper tail (Simpson)")
for t, nu in [(1.5, 3), (2.1, 7.5), (0.4, 12.25), (3.0, 40.0)]:
    print(f"  P(T_{nu} >= {t}) = {t_upper_tail(t, nu):.12f}")

# ---- the small hand table: ten bets, (p, outcome) ----
P = [0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.62, 0.68, 0.85, 0.95]
Y = [0, 0, 1, 0, 1, 0, 1, 1, 1, 1]
n = len(P)
brier = sum((p - y) ** 2 for p, y in zip(P, Y)) / n
bins = {}
for p, y in zip(P, Y):
    k = min(9, int(p * 10)); bins.setdefault(k, []).append((p, y))
base = sum(Y) / n
rel = sum(len(v) / n * (mean([p for p, _ in v]) - mean([y for _, y in v])) ** 2 for v in bins.values())
res = sum(len(v) / n * (mean([y for _, y in v]) - base) ** 2 for v in bins.values())
unc = base * (1 - base)
ece = sum(len(v) / n * abs(mean([y for _, y in v]) - mean([p for p, _ in v])) for v in bins.values())
noise = math.sqrt(2 / math.pi) / n * sum(math.sqrt(sum(p * (1 - p) for p, _ in v)) for v in bins.values())
eps = 1e-4
ll = -sum(y * math.log(min(1 - eps, max(eps, p))) + (1 - y) * math.log(1 - min(1 - eps, max(eps, p))) for p, y in zip(P, Y)) / n
print("== small table")
print(f"  brier {brier:.15f} rel {rel:.15f} res {res:.15f} unc {unc:.15f} within {brier - (rel - res + unc):.15f}")
print(f"  logloss {ll:.15f} ece {ece:.15f} eceNoise {noise:.15f}")
print(f"  bin 6: count {len(bins[6])} meanP {mean([p for p, _ in bins[6]]):.15f} observed {mean([y for _, y in bins[6]]):.15f}")
for prior in (1, 2):
    a, b = prior + sum(Y), prior + n - sum(Y)
    print(f"  posterior prior {prior}: mean {a / (a + b):.15f} 90% [{beta_quantile_int(0.05, a, b):.15f}, {beta_quantile_int(0.95, a, b):.15f}]")

# ---- the score table: the same ten bets on five settled days (two a day), half-life 7 ----
PRICE = [0.04, 0.10, 0.20, 0.30, 0.40, 0.50, 0.55, 0.60, 0.80, 0.90]
CONTRACTS = [10, 20, 10, 10, 10, 10, 20, 10, 10, 40]
FEES = [0.02, 0.05, 0.04, 0.05, 0.06, 0.06, 0.12, 0.06, 0.04, 0.10]
ERR = [0.5, 1.0, 1.5, 0.8, 2.0, 1.2, 0.4, 0.9, 1.1, 0.6]
AGE = [4, 4, 3, 3, 2, 2, 1, 1, 0, 0]
PL = [round(c * (y - pr) - f, 6) for c, y, pr, f in zip(CONTRACTS, Y, PRICE, FEES)]
W = [0.5 ** (a / 7) for a in AGE]
print("== score table")
print("  pl", PL)
sw = sum(W)
wmae = sum(w * e for w, e in zip(W, ERR)) / sw
wins_w = sum(w * y for w, y in zip(W, Y))
h = (1 + wins_w) / (2 + sw)
floor = percentile_linear(PL, 0.05)
shr = [max(x, floor) for x in PL]
m, sd = wstats(shr + [0.0] * 10, W + [1.0] * 10)
sharpe = m / (sd + 0.01)
sharpe_factor = min(1, max(0.01, sharpe))
excess = max(0, ece - noise) / 0.1
cal = 1 / (1 + excess * excess)
mae_factor = 1 / (1 + wmae * wmae)
score = mae_factor * (0.5 + h) * sharpe_factor * cal
pm, psd = mean(PL), math.sqrt(var(PL))
print(f"  weighted MAE {wmae:.15f} factor {mae_factor:.15f}")
print(f"  weighted posterior {h:.15f} factor {0.5 + h:.15f}")
print(f"  winsor floor {floor:.15f} shrunk mean {m:.15f} sd {sd:.15f} sharpe {sharpe:.15f} factor {sharpe_factor:.15f}")
print(f"  calibration factor {cal:.15f}")
print(f"  score {score:.15f}")
print(f"  plain meanPl {pm:.15f} plSd {psd:.15f} sharpeLike {pm / (psd + 0.01):.15f} mae {mean(ERR):.15f}")
cum = peak = dd = 0
for x in PL:
    cum += x; peak = max(peak, cum); dd = max(dd, peak - cum)
print(f"  max drawdown {dd:.15f}")
# group Kelly: lose -> -1 with prob 1 - h, else a winning return, EWMA-weighted
wr = [(x / (c * pr + f), w) for x, c, pr, f, y, w in zip(PL, CONTRACTS, PRICE, FEES, Y, W) if y == 1]
tot = sum(w for _, w in wr)
def d1(f): return -(1 - h) / (1 - f) + h * sum(w / tot * r / (1 + f * r) for r, w in wr)
def d2(f): return -(1 - h) / (1 - f) ** 2 - h * sum(w / tot * r * r / (1 + f * r) ** 2 for r, w in wr)
f = 0.1
for _ in range(100):  # Newton on the first-order condition (the log growth is concave)
    f -= d1(f) / d2(f)
print(f"  group Kelly {f:.15f} (first-order condition {d1(f):.1e})")

# ---- drift: daily mean forecast errors, recent vs history ----
HIST = [0.8, 1.1, 0.6, 0.9, 1.3, 0.7, 1.0, 0.95]
RECENT = [1.9, 2.6, 1.4, 2.2, 3.1, 1.7]
t, df, pv = welch(RECENT, HIST)
print("== drift Welch")
print(f"  t {t:.15f} df {df:.15f} p {pv:.12f}")

# ---- bounded shares: bisection on lambda ----
def shares(scores, lo_, hi_):
    def total(l): return sum(min(hi_, max(lo_, l * s)) for s in scores)
    a, b = 0.0, 1e9
    for _ in range(400):
        mid = (a + b) / 2
        if total(mid) < 1: a = mid
        else: b = mid
    l = (a + b) / 2
    return [min(hi_, max(lo_, l * s)) for s in scores]
print("== shares")
for scores in ([0.9, 0.05, 0.37, 0.001, 0.21], [1, 1, 1, 1], [5, 0.1, 0.2, 0.1, 0.3, 0.1], [0.2, 0.01, 0.015, 0.3, 0.02, 0.025, 0.5]):
    f = shares(scores, 0.05, 0.4)
    print("  ", scores, "->", [f"{x:.15f}" for x in f], "dollars of 500:", [x * 500 for x in f])
