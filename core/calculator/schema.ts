/**
 * The position calculator's input, as a zod schema (the one source of the input types and
 * of the field-level messages the UI shows). Money in account currency; fractions of equity;
 * probabilities 0–1. Exactly one probability source:
 * (a) 'odds': win probability p and win/loss ratio b;
 * (b) 'history': per-unit P/L of a strategy's recent trades (see historyOutcomes);
 * (c) 'forecast': return forecast μ and volatility σ per period (continuous Kelly);
 * (d) 'models': two model outputs {direction, confidence}, weights and a threshold, and b;
 * (e) 'binary': the model's probability of YES, buying the YES or NO side at the price.
 */
import { z } from 'zod';
import { ASSET_CLASSES } from './rules';

const number = (field: string) => z.number({ error: `${field} must be a number.` });
const positive = (field: string) => number(field).gt(0, `${field} must be greater than 0.`);
const nonNegative = (field: string) => number(field).min(0, `${field} cannot be negative.`);
const fraction = (field: string) => number(field).min(0, `${field} must be between 0 and 1.`).max(1, `${field} must be between 0 and 1.`);
const probability = (field: string) => number(field).min(0, `${field} must be a probability between 0 and 1.`).max(1, `${field} must be a probability between 0 and 1.`);

const direction = z.enum(['long', 'short'], { error: 'Direction must be "long" or "short".' });
const modelOutput = z.object({ direction, confidence: probability('Confidence') });

export const probabilitySourceSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('odds'), p: probability('Win probability'), b: positive('Win/loss ratio') }),
    z.object({
      kind: z.literal('history'),
      outcomes: z.array(number('Trade P/L'), { error: 'Trade outcomes must be a list of numbers.' }).min(1, 'The strategy has no trades in that period.'),
    }),
    z.object({ kind: z.literal('forecast'), mu: number('Forecast return'), sigma: positive('Volatility'), riskFree: number('Risk-free rate').optional() }),
    z.object({
      kind: z.literal('models'),
      models: z.tuple([modelOutput, modelOutput], { error: 'Give exactly two model outputs.' }),
      weights: z
        .tuple([nonNegative('Model weight'), nonNegative('Model weight')])
        .refine(([a, b]) => a + b > 0, 'At least one model weight must be above 0.')
        .optional(),
      threshold: probability('Confidence threshold').optional(),
      b: positive('Win/loss ratio'),
    }),
    z.object({ kind: z.literal('binary'), p: probability('Model probability'), side: z.enum(['yes', 'no'], { error: 'Side must be "yes" or "no".' }) }),
  ],
  { error: 'Choose a probability source: odds, history, forecast, models or binary.' },
);

const assetRulesSchema = z.object({
  allowShort: z.boolean().optional(),
  maxLeverageIntraday: positive('Intraday leverage').nullable().optional(),
  maxLeverageOvernight: positive('Overnight leverage').nullable().optional(),
  maxContracts: nonNegative('Max contracts').nullable().optional(),
});

export const ruleOverridesSchema = z.object({
  kellyFraction: number('Kelly fraction').min(0, 'Kelly fraction must be between 0 and 2.').max(2, 'Kelly fraction must be between 0 and 2.').optional(),
  maxSymbolExposure: nonNegative('Max symbol exposure').optional(),
  maxPositionFraction: fraction('Max position size').optional(),
  maxCapitalAtRisk: fraction('Max capital at risk').optional(),
  maxCorrelatedExposure: nonNegative('Max correlated exposure').optional(),
  assets: z.partialRecord(z.enum(ASSET_CLASSES), assetRulesSchema).optional(),
});

export const calculatorInputSchema = z
  .object({
    equity: positive('Equity'),
    instrument: z.object({
      symbol: z.string({ error: 'Symbol must be text.' }).trim().min(1, 'Enter a symbol.'),
      assetClass: z.enum(ASSET_CLASSES, { error: `Asset class must be one of ${ASSET_CLASSES.join(', ')}.` }),
      side: direction,
      price: positive('Entry price'),
      /** Contract multiplier (100 for US equity options; 1 for shares and binaries). */
      multiplier: positive('Multiplier').optional(),
      /** Margin (buying power) per contract; the capital a position commits when given. */
      marginPerContract: positive('Margin per contract').optional(),
      /** Quantity step (crypto, e.g. 0.001); default 1 (whole shares/contracts). */
      lotStep: positive('Lot step').optional(),
    }),
    holding: z.enum(['intraday', 'overnight'], { error: 'Holding must be "intraday" or "overnight".' }).optional(),
    /** Current exposures in dollars (gross): this symbol, the portfolio, capital at risk, correlated positions. */
    exposure: z
      .object({
        symbol: nonNegative('Symbol exposure').optional(),
        portfolio: nonNegative('Portfolio exposure').optional(),
        capitalAtRisk: nonNegative('Capital at risk').optional(),
        correlated: nonNegative('Correlated exposure').optional(),
      })
      .optional(),
    /** Dollars one unit loses when the trade loses (e.g. stop distance × multiplier). */
    lossPerUnit: positive('Loss per unit').optional(),
    probability: probabilitySourceSchema,
    rules: ruleOverridesSchema.optional(),
  })
  .superRefine((input, ctx) => {
    if (input.probability.kind === 'binary' && !(input.instrument.price < 1)) {
      ctx.addIssue({ code: 'custom', path: ['instrument', 'price'], message: 'A binary contract price must be between 0 and 1.' });
    }
    if (input.instrument.assetClass === 'future' && input.instrument.multiplier === undefined) {
      ctx.addIssue({ code: 'custom', path: ['instrument', 'multiplier'], message: 'A future needs its contract multiplier (e.g. 50 for ES).' });
    }
    if (input.probability.kind === 'binary' && input.instrument.assetClass !== 'binary') {
      ctx.addIssue({ code: 'custom', path: ['instrument', 'assetClass'], message: 'A binary probability source needs the binary asset class.' });
    }
  });

export type CalculatorInput = z.input<typeof calculatorInputSchema>;
export type ProbabilitySource = z.input<typeof probabilitySourceSchema>;
