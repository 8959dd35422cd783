/**
 * Position-calculator rules (issue "Position calculator"), editable per asset class and
 * saved in the workspace. Fractions are of equity; leverage is gross exposure ÷ equity.
 * Defaults: crypto long-only at 1×; stocks/ETFs long or short, 4× intraday and 2× overnight;
 * 60% max exposure per symbol; Kelly fraction 50%; max 25% of equity per position; max 5
 * contracts per position (futures, options); max 20% of capital at risk across the
 * portfolio; max 15% in positions correlated above the user's threshold.
 */

export const ASSET_CLASSES = ['stock', 'etf', 'future', 'option', 'crypto', 'binary'] as const;
export type AssetClass = (typeof ASSET_CLASSES)[number];

export interface AssetRules {
  allowShort: boolean;
  /** Max gross exposure ÷ equity for a position held intraday; null = no limit. */
  maxLeverageIntraday: number | null;
  /** Max gross exposure ÷ equity held overnight; null = no limit. */
  maxLeverageOvernight: number | null;
  /** Max contracts (or shares) per position; null = no limit. */
  maxContracts: number | null;
}

export interface PortfolioRules {
  /** Share of full Kelly to use (0.5 = half Kelly). */
  kellyFraction: number;
  /** Max exposure of one symbol ÷ equity, existing position included. */
  maxSymbolExposure: number;
  /** Max capital committed to one position ÷ equity (cost, or margin when given). */
  maxPositionFraction: number;
  /** Max capital at risk across the portfolio ÷ equity. */
  maxCapitalAtRisk: number;
  /** Max exposure in positions correlated with this one ÷ equity. */
  maxCorrelatedExposure: number;
}

export interface CalculatorRules extends PortfolioRules {
  assets: Record<AssetClass, AssetRules>;
}

const LONG_SHORT_STOCK: AssetRules = { allowShort: true, maxLeverageIntraday: 4, maxLeverageOvernight: 2, maxContracts: null };
const CONTRACTS: AssetRules = { allowShort: true, maxLeverageIntraday: null, maxLeverageOvernight: null, maxContracts: 5 };

export const DEFAULT_RULES: CalculatorRules = {
  kellyFraction: 0.5,
  maxSymbolExposure: 0.6,
  maxPositionFraction: 0.25,
  maxCapitalAtRisk: 0.2,
  maxCorrelatedExposure: 0.15,
  assets: {
    stock: LONG_SHORT_STOCK,
    etf: LONG_SHORT_STOCK,
    future: CONTRACTS,
    option: CONTRACTS,
    crypto: { allowShort: false, maxLeverageIntraday: 1, maxLeverageOvernight: 1, maxContracts: null },
    binary: { allowShort: false, maxLeverageIntraday: 1, maxLeverageOvernight: 1, maxContracts: null },
  },
};

export interface RuleOverrides extends Partial<PortfolioRules> {
  assets?: Partial<Record<AssetClass, Partial<AssetRules>>>;
}

/** The defaults with the user's overrides applied. */
export function resolveRules(overrides: RuleOverrides = {}): CalculatorRules {
  const { assets: assetOverrides = {}, ...portfolio } = overrides;
  const assets = { ...DEFAULT_RULES.assets };
  for (const assetClass of ASSET_CLASSES) assets[assetClass] = { ...assets[assetClass], ...assetOverrides[assetClass] };
  return { ...DEFAULT_RULES, ...portfolio, assets };
}
