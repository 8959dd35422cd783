/**
 * The bundled FRED DTB3 series (resources/dtb3.csv, SPEC-metrics §2) for the historical
 * risk-free rate setting, parsed once by core/stats parseDtb3.
 */
import dtb3Text from '../resources/dtb3.csv?raw';
import { parseDtb3, type RateSeries } from '../core/stats';

let cached: RateSeries | undefined;

export function bundledRateSeries(): RateSeries {
  cached ??= parseDtb3(dtb3Text);
  return cached;
}
