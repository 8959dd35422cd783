/**
 * Run budget (issue 12): min(configured cap, balance fraction × available cash). Either may
 * be missing (not both): then the other is the budget.
 */
import { formatText } from '../format/number';

export interface RunBudget {
  amount: number;
  cap: number | null;
  cash: number | null;
  balanceFraction: number;
  text: string;
}

export const money = (x: number) => `$${formatText(x, 'amount')}`;

export function runBudget(cap: number | null, cash: number | null, balanceFraction: number): RunBudget {
  const fromCash = cash === null ? null : balanceFraction * cash;
  const amount = Math.min(cap ?? Infinity, fromCash ?? Infinity);
  const parts: string[] = [];
  if (cap !== null) parts.push(`the ${money(cap)} cap`);
  if (cash !== null) parts.push(`${(balanceFraction * 100).toFixed(0)}% of ${money(cash)} cash = ${money(fromCash as number)}`);
  const text = parts.length > 1 ? `Run budget ${money(amount)}: the smaller of ${parts.join(' and ')}.` : `Run budget ${money(amount)}: ${parts[0]}.`;
  return { amount, cap, cash, balanceFraction, text };
}
