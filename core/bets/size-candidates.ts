/**
 * Sizing today's candidates (issue 12, SPEC §3 binary contract):
 * 1. fee-adjusted price c = price + fee per contract (the candidate's, else the run's);
 *    edge = p − c, p the model's probability that the side bought wins;
 * 2. Kelly f* = (p − c)/(1 − c) (core/sizing binaryKelly; the NO side is symmetric);
 *    f* ≤ 0 or c ≥ 1 → no bet;
 * 3. target stake = f* × Kelly fraction × bankroll (the cash when given, else the run budget);
 * 4. the group's budget caps the sum of its targets: when they exceed it, every target of
 *    the group is scaled by budget ÷ sum (so the split between its bets stays Kelly's);
 * 5. the per-bet cap (dollars, when set) caps each stake;
 * 6. contracts = stake ÷ c, at most the available contracts, rounded down to whole contracts.
 * The stake is contracts × c (fees included). Every step that changes the number is a
 * reason in words.
 */
import type { BetCandidate } from '../model';
import { binaryKelly } from '../sizing/binary-kelly';
import { money } from './run-budget';

export type SkipCode = 'no-budget' | 'no-edge' | 'price' | 'rounds-to-zero';

export interface SizedCandidate {
  candidate: BetCandidate;
  fee: number;
  /** Fee-adjusted price. */
  cost: number;
  /** p − cost. */
  edge: number;
  /** Full Kelly on the fee-adjusted price; null when cost ≥ 1. */
  kelly: number | null;
  /** Stake before rounding to whole contracts. */
  target: number;
  contracts: number;
  stake: number;
  forced: boolean;
  skip: SkipCode | null;
  reasons: string[];
}

export interface SizingSettings {
  bankroll: number;
  bankrollLabel: string;
  kellyFraction: number;
  perBetCap: number | null;
  feePerContract: number;
}

const f3 = (x: number) => x.toFixed(3);
const f4 = (x: number) => x.toFixed(4);

function roundMicro(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

function skipped(sized: SizedCandidate, skip: SkipCode, reason: string): SizedCandidate {
  return { ...sized, skip, contracts: 0, stake: 0, reasons: [...sized.reasons, reason] };
}

export function sizeCandidates(candidates: readonly BetCandidate[], budgets: ReadonlyMap<string, number>, s: SizingSettings): SizedCandidate[] {
  // Steps 1–3 per candidate.
  const first = candidates.map((candidate): SizedCandidate => {
    const fee = candidate.feePerContract ?? s.feePerContract;
    const cost = roundMicro(candidate.price + fee);
    const p = candidate.pModel;
    const base: SizedCandidate = { candidate, fee, cost, edge: p - cost, kelly: null, target: 0, contracts: 0, stake: 0, forced: false, skip: null, reasons: [] };
    const feeText = fee > 0 ? ` (price ${f3(candidate.price)} + fee ${f3(fee)} per contract)` : ' (no fee)';
    if (!(cost < 1)) return skipped(base, 'price', `No bet: the fee-adjusted price ${f3(cost)}${feeText} is not below 1, the payout.`);
    const kelly = binaryKelly(candidate.side === 'YES' ? p : 1 - p, cost, candidate.side === 'YES' ? 'yes' : 'no') as number;
    const sized = { ...base, kelly, reasons: [`Kelly (p − c)/(1 − c) = (${f3(p)} − ${f3(cost)})/(1 − ${f3(cost)}) = ${f4(kelly)} on the fee-adjusted price${feeText}.`] };
    if (!(kelly > 0)) return skipped(sized, 'no-edge', `No bet: no edge (p ${f3(p)} ≤ fee-adjusted price ${f3(cost)}).`);
    const budget = budgets.get(candidate.group) ?? 0;
    if (!(budget > 0)) return skipped(sized, 'no-budget', `No bet: the group "${candidate.group}" has no budget in this run.`);
    const target = kelly * s.kellyFraction * s.bankroll;
    sized.reasons.push(`× Kelly fraction ${s.kellyFraction} = ${f4(kelly * s.kellyFraction)} of ${money(s.bankroll)} ${s.bankrollLabel} = ${money(target)}.`);
    return { ...sized, target };
  });
  // Step 4: each group's budget caps the sum of its targets.
  const wanted = new Map<string, { sum: number; count: number }>();
  for (const c of first) {
    if (c.skip !== null) continue;
    const entry = wanted.get(c.candidate.group) ?? { sum: 0, count: 0 };
    entry.sum += c.target;
    entry.count++;
    wanted.set(c.candidate.group, entry);
  }
  return first.map((c) => {
    if (c.skip !== null) return c;
    const group = c.candidate.group;
    const budget = budgets.get(group) as number;
    const { sum, count } = wanted.get(group) as { sum: number; count: number };
    let target = c.target;
    const reasons = [...c.reasons];
    if (sum > budget) {
      const scale = budget / sum;
      target *= scale;
      reasons.push(
        count > 1
          ? `Group budget ${money(budget)} < the ${money(sum)} its ${count} bets want: scaled by ${f4(scale)} → ${money(target)}.`
          : `Capped by the group budget ${money(budget)}.`,
      );
    }
    if (s.perBetCap !== null && target > s.perBetCap) {
      target = s.perBetCap;
      reasons.push(`Capped by the per-bet cap ${money(s.perBetCap)}.`);
    }
    let contracts = target / c.cost;
    const available = c.candidate.availableContracts;
    if (contracts > available) {
      reasons.push(`Only ${available} contracts available at this price (wanted ${contracts.toFixed(1)}).`);
      contracts = available;
    }
    const whole = Math.floor(contracts + 1e-9);
    const stake = roundMicro(whole * c.cost);
    if (whole === 0) return skipped({ ...c, target, reasons }, 'rounds-to-zero', `No bet: ${money(target)} buys less than one contract at ${f3(c.cost)}.`);
    if (Math.abs(whole - contracts) > 1e-9) reasons.push(`Whole contracts: ${contracts.toFixed(2)} → ${whole} (stake ${money(stake)}).`);
    return { ...c, target, contracts: whole, stake, reasons };
  });
}
