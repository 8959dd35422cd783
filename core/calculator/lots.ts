/**
 * Lot rounding for the position calculator: quantities are whole shares/contracts (step 1)
 * or multiples of an instrument's step (crypto, default 0.00000001). Always rounds DOWN, so
 * a rounded quantity never exceeds the limit it was derived from (a 1e-9-step tolerance
 * absorbs floating-point noise such as 119.99999999999999 for 120).
 */
import type { AssetClass } from './rules';

export const DEFAULT_CRYPTO_STEP = 1e-8;

export function defaultLotStep(assetClass: AssetClass): number {
  return assetClass === 'crypto' ? DEFAULT_CRYPTO_STEP : 1;
}

function stepDecimals(step: number): number {
  const text = step.toExponential();
  const [mantissa, exponent] = text.split('e');
  const mantissaDecimals = (mantissa.split('.')[1] ?? '').length;
  return Math.min(15, Math.max(0, mantissaDecimals - Number(exponent)));
}

/** The largest multiple of `step` not above `quantity` (0 for a negative quantity). */
export function floorToLot(quantity: number, step: number): number {
  if (!(quantity > 0)) return 0;
  const steps = Math.floor(quantity / step + 1e-9);
  return Number((steps * step).toFixed(stepDecimals(step)));
}

/** A quantity as text: exact on the lot grid, else with two more decimals than the step. */
export function formatQuantity(quantity: number, step: number): string {
  const decimals = stepDecimals(step);
  const onGrid = Math.abs(floorToLot(quantity, step) - quantity) < 1e-12 * Math.max(1, quantity);
  return String(Number(quantity.toFixed(onGrid ? decimals : Math.min(15, decimals + 2))));
}
