/**
 * What each input and output of the position calculator means (tooltips), in the words of
 * core/calculator's conventions.
 */
export const calculatorHelp = {
  equity: 'Account equity in dollars; every fraction on this page is of it.',
  holding: 'Intraday or overnight: picks the leverage limit of the asset class.',
  symbol: 'The instrument traded; its current exposure is checked against the per-symbol limit.',
  assetClass: 'Stock, ETF, future, option, crypto or binary contract: picks the rules (shorting, leverage, max contracts) and the lot rounding.',
  side: 'Long or short. Asset classes whose rules forbid shorting get no position on a short ticket.',
  price: 'Entry price per share or contract (a binary contract: its price, 0–1).',
  multiplier: 'Contract multiplier: dollars per point (100 for US equity options, 50 for ES). Default 1 (100 for options).',
  marginPerContract: 'Margin (buying power) one contract commits. When given, the position-size limit counts margin instead of cost.',
  lotStep: 'Crypto: the smallest quantity step (e.g. 0.001). Default 0.00000001. Quantities round DOWN to it.',
  lossPerUnit: 'Dollars one share or contract loses when the trade loses (stop distance × multiplier). Empty: the whole price × multiplier is at risk.',
  exposure: 'Gross dollar exposure you already hold: in this symbol, in the whole portfolio, capital already at risk, and in positions correlated with this one.',
  source:
    'Where the edge comes from: (a) win probability p and win/loss ratio b; (b) the win/loss record of a strategy over its last N days; (c) a return forecast μ and volatility σ (continuous Kelly μ/σ²); (d) two models {direction, confidence} combined by weights with a confidence threshold; (e) a binary contract priced c with your probability p.',
  p: 'Win probability, 0–1.',
  b: 'Win/loss ratio b = average win ÷ average loss.',
  days: 'Calendar days back from the strategy\'s latest close; its closed trades in that window give p and b (per-contract P/L).',
  mu: 'Forecast return per period (decimal, 0.02 = 2%).',
  sigma: 'Forecast volatility per period (decimal). Kelly leverage = (μ − r) / σ².',
  riskFree: 'Risk-free return per period (decimal), default 0.',
  models: 'Directions disagree → no trade; weighted confidence Σwᵢcᵢ/Σwᵢ below the threshold → no trade; else p = the weighted confidence in the shared direction.',
  binaryP: 'Your probability that the contract settles YES, 0–1.',
  binarySide: 'The side you buy: YES, or NO. The entry price is the price of that side.',
  rawKelly: 'Full Kelly from the probability source: p − q/b (a, b, d), (μ − r)/σ² (c), or (P(side wins) − c)/(1 − c) for a binary side bought at c (e).',
  appliedFraction: 'max(raw Kelly, 0) × your Kelly fraction rule: the fraction before any constraint.',
  finalFraction: 'The fraction of equity the final quantity represents, in the same units as the applied fraction.',
  quantity: 'The target quantity (applied fraction × equity ÷ dollars per Kelly unit), rounded DOWN to the lot and capped by each rule in turn.',
  adjustments: 'Each constraint that cut the quantity, in the order applied, with the quantity and the Kelly fraction before → after.',
  exposureAfter: 'Gross dollar exposures before this trade and after it.',
  rules: 'Your risk rules, saved in the workspace. Percentages are of equity; an empty leverage or contract limit means none.',
} as const;
