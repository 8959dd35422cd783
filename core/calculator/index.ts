/** The position calculator (trade ticket): public entry point. */
export { computePosition, type Adjustment, type AdjustmentRule, type ExposureSnapshot, type PositionOutcome, type PositionResult } from './position';
export { calculatorInputSchema, probabilitySourceSchema, ruleOverridesSchema, type CalculatorInput, type ProbabilitySource } from './schema';
export { validateCalculatorInput, type Validation } from './validate';
export { ASSET_CLASSES, DEFAULT_RULES, resolveRules, type AssetClass, type AssetRules, type CalculatorRules, type PortfolioRules, type RuleOverrides } from './rules';
export { edgeFromSource, type KellyUnit, type SourceEdge } from './probability-source';
export { historyOutcomes } from './history-source';
export { DEFAULT_CRYPTO_STEP, floorToLot, formatQuantity } from './lots';
