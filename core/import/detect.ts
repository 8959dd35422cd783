/**
 * Format detection from the header (never from the file name). Each OptionOmega export has a
 * marker column only it uses; a header with the marker is that format, and then it must have
 * the format's required columns. A header with no marker goes to the generic adapter.
 */
import type { ImportFormat } from '../model';
import type { HeaderIndex } from './cells';

type OptionOmegaFormat = Exclude<ImportFormat, 'generic-trades'>;

interface FormatSignature {
  format: OptionOmegaFormat;
  label: string;
  marker: string;
  required: string[];
}

const SIGNATURES: FormatSignature[] = [
  {
    format: 'optionomega-daily',
    label: 'an OptionOmega daily log',
    marker: 'Net Liquidity',
    required: ['Date', 'Net Liquidity', 'Current Funds', 'Withdrawn', 'Trading Funds', 'P/L', 'P/L %', 'Drawdown %'],
  },
  {
    format: 'optionomega-reporting',
    label: 'an OptionOmega reporting log',
    marker: 'Initial Premium',
    required: ['Date Opened', 'Initial Premium', 'No. of Contracts', 'P/L'],
  },
  {
    format: 'optionomega-trades',
    label: 'an OptionOmega trade log',
    marker: 'Funds at Close',
    required: ['Date Opened', 'Date Closed', 'P/L', 'No. of Contracts', 'Funds at Close'],
  },
];

export interface Detection {
  format: OptionOmegaFormat;
  /** e.g. "an OptionOmega daily log", for messages. */
  label: string;
  /** Required columns the header lacks (empty when the file can be read). */
  missing: string[];
}

/** The OptionOmega format whose marker column the header has; null for anything else (generic). */
export function detectOptionOmegaFormat(index: HeaderIndex): Detection | null {
  for (const signature of SIGNATURES) {
    if (!index.has(signature.marker)) continue;
    return { format: signature.format, label: signature.label, missing: signature.required.filter((column) => !index.has(column)) };
  }
  return null;
}

/** A prediction-market file by its marker column p_model: with outcome a bet log, with available_contracts a candidates file. */
export function detectBetFile(index: HeaderIndex): 'bet-log' | 'bet-candidates' | null {
  if (!index.has('p_model')) return null;
  return index.has('available_contracts') ? 'bet-candidates' : index.has('outcome') ? 'bet-log' : null;
}
