"""Independent reference values for test/unit/allocate (issue 19 closed-form cases).
Run: python3 test/reference/allocate_closed_form.py — numpy / scipy only, no Sizewise code."""
import numpy as np
from scipy.optimize import minimize

np.set_printoptions(precision=12)
# Min variance on a known 3x3 covariance (long-only inactive: all weights positive): w = S^-1 1 / 1'S^-1 1.
S = np.array([[0.04, 0.006, 0.002], [0.006, 0.09, 0.009], [0.002, 0.009, 0.0225]])
w = np.linalg.solve(S, np.ones(3)); w /= w.sum()
print("minvar", repr(w))
# Gaussian Kelly f = S^-1 mu on a 2x2 (daily units).
S2 = np.array([[1e-4, 2e-5], [2e-5, 4e-4]]); mu = np.array([5e-4, 8e-4])
print("gauss", repr(np.linalg.solve(S2, mu)))
# Kelly-margin brute-force reference on the two-strategy case of kelly-margin-grid.test.ts:
# p (per-contract P/L / C per day) and margins per contract at the opening moments.
p1 = np.array([300, -200, 250, 0, -150, 400, -100, 0, 350, -250]) / 100000
p2 = np.array([0, 150, -120, 200, 100, -180, 0, 220, -90, 160]) / 100000
rows = np.array([[5000, 0], [5000, 3000], [0, 3000], [5000, 3000]]) / 100000
def g(n): return -np.mean(np.log(1 + n[0]*p1 + n[1]*p2))
cons = [{'type': 'ineq', 'fun': lambda n, r=r: 1 - r @ n} for r in rows]
res = minimize(g, [1, 1], bounds=[(0, None), (0, None)], constraints=cons, method='SLSQP', options={'ftol': 1e-14, 'maxiter': 500})
print("kelly-margin scipy", repr(res.x), -res.fun)
