/**
 * Prediction-market records (issue 12): a settled bet on a binary contract that pays 1 when
 * it wins and 0 when it loses, and a candidate bet for today's run. Prices are in dollars
 * per contract (0–1), always of the side bought; `pModel` is the model's probability that
 * the side bought wins; money is plain numbers in account currency; dates are ISO
 * `YYYY-MM-DD`.
 */
import type { ImportFailure, RejectedRow } from './import-result';

export type BetSide = 'YES' | 'NO';

/** One settled bet, normalised from a bet log or an exchange export. */
export interface SettledBet {
  /** Settlement date: the day the bet counts in windows and curves. */
  date: string;
  /** City, event series… the unit the budget is split across. */
  group: string;
  /** Market / ticker ('' when the file has none). */
  market: string;
  side: BetSide;
  /** The model's probability that the side bought wins; null when the file has no model probabilities. */
  pModel: number | null;
  /** Price paid per contract, dollars, in (0, 1). */
  price: number;
  /** Contracts bought (> 0). */
  contracts: number;
  /** Fees of the bet, dollars (≥ 0). */
  fees: number;
  /** 1 when the side bought won. */
  outcome: 0 | 1;
  /** Realized P/L net of fees: contracts·(outcome − price) − fees (checked against the file's value). */
  pl: number;
  /** Forecast error as the file gives it (e.g. forecast − actual, °F); null when absent. Metrics use |error|. */
  forecastError: number | null;
}

/** One bet the model would place today, with the depth available at that price. */
export interface BetCandidate {
  group: string;
  market: string;
  side: BetSide;
  /** The model's probability that the side bought wins. */
  pModel: number;
  /** Price of the side bought, dollars per contract, in (0, 1). */
  price: number;
  /** Contracts available at that price (> 0). */
  availableContracts: number;
  /** Fee per contract in dollars when the file gives one; null → the run's fee option. */
  feePerContract: number | null;
}

/** Bet-log fields a column can be mapped to (exchange exports go through a mapping). */
export type BetField =
  | 'date'
  | 'group'
  | 'market'
  | 'side'
  | 'pModel'
  | 'price'
  | 'yesPrice'
  | 'noPrice'
  | 'contracts'
  | 'fees'
  | 'outcome'
  | 'pl'
  | 'forecastError'
  | 'availableContracts';

/** Column mapping of a bet file: field → exact header text. */
export type BetColumnMapping = Partial<Record<BetField, string>>;

/** How a price column was read. */
export interface PriceUnit {
  /** Header text of the column. */
  column: string;
  unit: 'dollars' | 'cents';
}

interface BetImportBase {
  fileName: string;
  /** SHA-256 of the file content, hex. */
  contentHash: string;
  rejected: RejectedRow[];
  warnings: string[];
  /** Data rows in the file (excluding header and blank lines). */
  totalRows: number;
  /** The mapping actually used, its header signature and the file's headers (for the mapping dialog). */
  mapping: BetColumnMapping;
  headerSignature: string;
  headers: string[];
  /** The unit each price column was read in (a column in cents is divided by 100, with a warning). */
  priceUnits: PriceUnit[];
}

export interface BetLogImport extends BetImportBase {
  format: 'bet-log';
  bets: SettledBet[];
}

export interface BetCandidatesImport extends BetImportBase {
  format: 'bet-candidates';
  candidates: BetCandidate[];
}

export type BetLogOutcome = ({ ok: true } & BetLogImport) | ImportFailure;
export type BetCandidatesOutcome = ({ ok: true } & BetCandidatesImport) | ImportFailure;
