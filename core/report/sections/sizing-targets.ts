/**
 * Report section: size for a drawdown target and how sure Kelly is (issue 18 §2–§4) — per
 * strategy and for the portfolio: the largest fraction with P(drawdown ≥ X within H) ≤ α at
 * the report's capital (X, α, H = the defaults 20%, 5%, 252 business days), the bootstrap
 * band of the growth-optimal fraction and the trades that would halve it, and tail-aware
 * Kelly with the maximum loss. Numbers from core/app sizingTargets (`input.targets`).
 */
import { conventions } from '../../format/conventions';
import type { SizingTargetsEntry } from '../../sizing/sizing-targets-types';
import { decimal, integer, money, percent } from '../cells';
import { formatNumber } from '../format';
import { defineSection } from '../section';

export const sizingTargetsSection = defineSection({
  id: 'targets',
  title: 'Drawdown target and Kelly band',
  description: 'The largest fraction for a drawdown target, the bootstrap band on Kelly, tail-aware Kelly',
  isAvailable: (input) => input.targets !== undefined,
  unavailableReason: () => 'the drawdown target and Kelly band were not computed for this report',
  build: ({ targets }) => {
    const t = targets!;
    const entries: SizingTargetsEntry[] = [...t.strategies, t.portfolio];
    const first = entries.find((e) => e.drawdownTarget)?.drawdownTarget;
    const notes = [
      first
        ? `Drawdown target: P(drawdown ≥ ${formatNumber(first.target, 'percent')} within ${t.horizon.value} ${t.horizon.unit === 'days' ? 'business days' : 'trades'}) ≤ ${formatNumber(1 - first.confidence, 'percent')}, ${formatNumber(first.paths, 'integer')} simulated paths, seed ${first.seed}; contracts at $${formatNumber(t.capital, 'money')}.`
        : 'Drawdown target: not computed for any strategy (see the reasons in the table).',
      `Mode: ${t.mode}.`,
      ...entries.filter((e) => e.drawdownTarget?.notBinding).map((e) => `${e.name}: the target does not bind — even the largest fraction the worst trade allows keeps the probability within it.`),
      ...entries.filter((e) => !e.drawdownTarget && e.drawdownTargetReason).map((e) => `${e.name}: no drawdown target — ${e.drawdownTargetReason}.`),
    ];
    return {
      tables: [
        {
          id: 'drawdown-target',
          title: 'Largest fraction for the drawdown target',
          columns: [
            { label: 'Strategy', align: 'left' },
            { label: 'Horizon (trades)', align: 'right' },
            { label: 'Growth-optimal', align: 'right' },
            { label: 'Target fraction', align: 'right' },
            { label: '× Kelly', align: 'right' },
            { label: 'Contracts', align: 'right' },
            { label: 'P(drawdown ≥ target)', align: 'right' },
          ],
          rows: entries.map((e) => [
            e.name,
            integer(e.drawdownTarget?.horizon),
            percent(e.growthOptimal),
            percent(e.drawdownTarget?.fraction),
            decimal(e.drawdownTarget?.ofKelly),
            integer(e.drawdownTarget?.contracts),
            percent(e.drawdownTarget?.probability),
          ]),
        },
        {
          id: 'kelly-band',
          title: 'How sure is Kelly: bootstrap band of the growth-optimal fraction, and tail-aware Kelly',
          columns: [
            { label: 'Strategy', align: 'left' },
            { label: 'P5', align: 'right' },
            { label: 'P25', align: 'right' },
            { label: 'P50', align: 'right' },
            { label: 'P75', align: 'right' },
            { label: 'P95', align: 'right' },
            { label: 'More trades to halve', align: 'right' },
            { label: 'Tail-aware Kelly', align: 'right' },
            { label: 'Max loss / contract ($)', align: 'right' },
          ],
          rows: entries.map((e) => [
            e.name,
            percent(e.kellyBand?.p5),
            percent(e.kellyBand?.p25),
            percent(e.kellyBand?.p50),
            percent(e.kellyBand?.p75),
            percent(e.kellyBand?.p95),
            integer(e.kellyBand?.tradesToHalve),
            percent(e.tailAware?.growthOptimal),
            money(e.tailAware?.maxLossPerContract),
          ]),
        },
      ],
      charts: [],
      notes,
    };
  },
  conventions: () => [conventions.drawdownTarget.text, conventions.kellyBand.text, conventions.tailAwareKelly.text],
});
