/**
 * The conventions behind every number of the Sizing page and of the position calculator
 * (SPEC-metrics §1, §3, §4), shown as tooltips, and why a number can be "—". The Kelly
 * bases reuse the Overview's texts (renderer/src/conventions.ts), so both pages say the same.
 */
import { conventions, DAILY_RETURN, ruinInWords, type Convention } from '../../../core/format/conventions';

export type SizingMetricId =
  | 'kelly'
  | 'kellyPerContract'
  | 'kellyMargin'
  | 'growthOptimal'
  | 'optimalF'
  | 'twr'
  | 'geometricMean'
  | 'fDollar'
  | 'basis'
  | 'chosenKelly'
  | 'multiplier'
  | 'applied'
  | 'contracts'
  | 'dollarsAtRisk'
  | 'margin'
  | 'sizedMargin'
  | 'historicalMargin'
  | 'totalMargin'
  | 'capital'
  | 'fraction'
  | 'cap'
  | 'marginCeiling'
  | 'kellyOf'
  | 'marginMultiplier'
  | 'lossShare'
  | 'totalFraction'
  | 'placeable'
  | 'kellyContracts'
  | 'riskBasis'
  | 'growth'
  | 'thorp'
  | 'lundberg'
  | 'realismSharpe'
  | 'psr'
  | 'dsr'
  | 'minTrackRecord'
  | 'trials'
  | 'realismReturns';

const NO_MARGIN = 'No margin in the trade log.';
const NO_SIZED_MARGIN = 'No margin in the trade log, or no contracts.';
const NO_OPTIMAL_F = 'Undefined: no optimal f.';
const NO_SHARPE = 'Undefined: the Sharpe ratio is undefined.';
const NO_RISK_UNIT = 'No risk unit per contract: no losing trade (average or largest loss) or no margin in the trade log (margin).';

export const sizingConventions: Record<SizingMetricId, Convention> = {
  kelly: conventions.kelly,
  kellyPerContract: conventions.kellyPerContract,
  kellyMargin: conventions.kellyMargin,
  growthOptimal: {
    text: 'Growth-optimal fraction = argmax over f of mean ln(1 + f·rᵢ), rᵢ = P/L per contract ÷ the risk unit D (return on margin when D is the margin). The empirical Kelly: no two-outcome or normal assumption.',
    nullReason: 'Undefined: no losing trade (growth never turns down) or no returns in risk units.',
  },
  optimalF: {
    text: "Vince's optimal f on per-contract P/L: with D = |largest loss per contract|, HPRᵢ = 1 + f·Pᵢ/D and f* maximizes TWR = Π HPRᵢ.",
    nullReason: 'Undefined: no losing trade (f is unbounded), or a mean P/L per contract ≤ 0 (no edge: f* would be 0).',
  },
  twr: { text: 'Terminal wealth relative at f*: TWR = Π (1 + f*·Pᵢ/D), the growth multiple over the whole sample.', nullReason: NO_OPTIMAL_F },
  geometricMean: { text: 'Geometric mean HPR at f*: G = TWR^(1/N), the growth factor per trade.', nullReason: NO_OPTIMAL_F },
  fDollar: { text: 'f$ = D / f*: trade one contract for every f$ of equity.', nullReason: 'f* = 0 (no edge) or no optimal f: no contracts.' },
  basis: {
    text: 'Kelly basis of the applied fraction: raw P/L while contract counts stay within 2×, per-contract P/L when they vary more (a compounding backtest, where raw-P/L Kelly is meaningless), or the basis you chose.',
  },
  chosenKelly: {
    text: 'Kelly on the basis used (see Basis): the full-Kelly fraction the applied fraction starts from.',
    nullReason: 'Undefined on this basis: needs both winning and losing trades (and margins on the margin basis).',
  },
  multiplier: { text: 'Per-strategy multiplier of the Kelly fraction, 0–200% (100% = the page fraction).' },
  applied: {
    text: 'Applied fraction = min(K × Kelly fraction × multiplier, cap), K = the growth-optimal fraction by default (or the classic Kelly of the chosen basis when chosen), scaled down when the strategies\' fractions sum above the total cap; 0 when K is ≤ 0 or undefined (no edge, no allocation). A fraction of capital measured in risk units D.',
  },
  contracts: {
    text: `Kelly says → placeable. ${conventions.sizingPlaceable.text} D = the risk unit per contract (by default the average loss per contract; the margin per contract on the margin basis). Portfolio: the strategies' contracts together.`,
    nullReason: NO_RISK_UNIT,
  },
  placeable: { text: conventions.sizingPlaceable.text },
  kellyContracts: { text: "Kelly's contracts = floor(applied fraction × capital ÷ D), before the placeable caps.", nullReason: NO_RISK_UNIT },
  dollarsAtRisk: { text: 'Dollars at risk = contracts × D: what the position loses on a loss of one risk unit per contract.', nullReason: NO_RISK_UNIT },
  margin: {
    text: `Margin at the placeable contracts. ${conventions.sizingMarginNeed.text}`,
    nullReason: NO_SIZED_MARGIN,
  },
  sizedMargin: { text: 'Margin need at the busiest moment ÷ capital: the margin use this sizing would have peaked at.', nullReason: NO_SIZED_MARGIN },
  historicalMargin: {
    text: 'Historical margin use (the same figure as Replay\'s peak margin use for the log as recorded): at each moment a position opens, the margin of the positions open at that same moment ÷ the account\'s realized equity then; a close at the same timestamp frees its margin first. Per strategy: that strategy\'s margin ÷ the account equity. Peak and average over those moments; a log without trade times is measured by day, and the page says so.',
    nullReason: NO_MARGIN,
  },
  totalMargin: {
    text: `Total margin the sizing needs: all strategies' placeable contracts together at the busiest moment (not a plain sum of strategies that never hold positions together), and that need ÷ capital. ${conventions.sizingMarginNeed.text}`,
    nullReason: NO_MARGIN,
  },
  capital: { text: 'Capital to size for. Defaults to the detected starting capital of the filtered period (daily log, else Funds at Close of the first trade); type your own account size to override.' },
  fraction: conventions.sizingFraction,
  kellyOf: { text: 'What the Kelly fraction multiplies: the growth-optimal fraction f* of the empirical returns (default; "half Kelly" then keeps about 3/4 of the growth), or the classic discrete p − q/b of the Kelly basis (an explicit choice; on option logs often about 2× f*, so its "half" is close to full growth-optimal).' },
  marginMultiplier: { text: 'Broker margin multiplier: the recorded margin × this number is what your broker would hold (1 = as recorded). The margin ceiling and the margin need use it, as Replay does.' },
  lossShare: { text: "Worst-loss cap: one repeat of a strategy's worst historical loss per contract, × its contracts, costs at most this share of capital (default 20%). Empty = none." },
  totalFraction: { text: "Total-fraction cap: the strategies' applied fractions sum to at most this share of capital (default 100%); above it each is scaled by cap ÷ sum. Empty = none." },
  cap: { text: 'Cap: the most any one strategy may get, as a fraction of capital (default 25%).' },
  marginCeiling: { text: 'Margin ceiling: the margin all placeable contracts need at the historically busiest moment (× the broker multiplier) stays within this share of capital (default 100%). Above it the contracts are scaled down proportionally across strategies to whole contracts (largest remainder). Empty = none (an explicit choice).' },
  riskBasis: {
    text: 'Risk unit D per contract, the unit contracts are counted in: the average loss per contract (the unit of discrete Kelly), the largest loss per contract (conservative), or the margin per contract. Automatic: margin on the margin basis, else the average loss.',
  },
  growth: {
    text: 'Expected log growth per trade at fraction f: mean ln(1 + f·rᵢ) over the trades, rᵢ in risk units. Maximal at the growth-optimal fraction f* (the empirical Kelly of the same returns); the chart runs from 0 to 2 f*.',
    nullReason: 'Undefined: no positive edge, or a trade would lose the whole bankroll at this fraction.',
  },
  thorp: {
    text: `Thorp's continuous-time probability of ever halving the bankroll: P = 0.5^(2/c − 1), c = f ÷ f*, where f* is the growth-optimal fraction (argmax of mean ln(1 + f·rᵢ), the peak of the growth curve), not the discrete Kelly of the basis. 0 at f = 0, 1 from c ≥ 2. Assumes normally distributed log returns. Halving: the bankroll ${ruinInWords(0.5)}.`,
    nullReason: 'Undefined: no positive edge (growth-optimal fraction ≤ 0 or undefined).',
  },
  lundberg: {
    text: `Lundberg bound on the probability of ever halving, from the empirical returns: 0.5^λ with λ solving mean (1 + f·rᵢ)^(−λ) = 1. An upper bound; no distribution assumed. Halving: the bankroll ${ruinInWords(0.5)}.`,
    nullReason: 'Undefined: no positive edge, or the exponent has no solution.',
  },
  realismSharpe: {
    text: `Sharpe of the daily returns ${DAILY_RETURN}: mean(r − rf) / sd(r − rf, n − 1) × √252 annualized — the Overview's Sharpe, against the workspace's risk-free rate (fixed, or each day's DTB3 rate; PSR, DSR and MinTRL use the same excess returns); 95% interval from the PSR variance.`,
    nullReason: 'Undefined: fewer than two returns, or they do not vary.',
  },
  psr: {
    text: 'Probabilistic Sharpe Ratio: P(true Sharpe > 0) = Φ((SR − 0)·√(n − 1) / √(1 − γ₃·SR + (γ₄ − 1)/4·SR²)), per-period SR, skew γ₃, raw kurtosis γ₄.',
    nullReason: NO_SHARPE,
  },
  dsr: {
    text: 'Deflated Sharpe Ratio: the PSR against SR₀ = √V·((1 − γ)·Φ⁻¹(1 − 1/N) + γ·Φ⁻¹(1 − 1/(N·e))), the Sharpe the best of N luck-only variants would show (N = variants tried; V = 1/(n − 1), a luck-only variant’s sampling variance). Below 95%: the edge may be an artefact of trying many variants.',
    nullReason: NO_SHARPE,
  },
  minTrackRecord: {
    text: 'Minimum track record length: the number of daily returns (business days) needed for the Sharpe to be significantly above 0 at 95% — 1 + (1 − γ₃·SR + (γ₄ − 1)/4·SR²)·(z₀.₉₅ / SR)², rounded up to whole days (the warnings, the report and the CLI show the same figure).',
    nullReason: 'Undefined: the Sharpe ratio is not positive.',
  },
  trials: { text: 'How many strategy variants (parameter sets, filters, entry rules) you tried before settling on this one. The Deflated Sharpe corrects for it; default 1.' },
  realismReturns: { text: 'Number of daily returns in the series (business days from the first open to the last close of the filtered trades).' },
};
