/**
 * Report section: Kelly sizing at the chosen fraction (core/sizing, SPEC-metrics §3–4) —
 * per strategy and for the portfolio: Kelly on the chosen basis, growth-optimal fraction,
 * optimal f, the applied fraction after the cap, Kelly's contracts and the placeable ones
 * (the caps that bound, in words), dollars at risk and the margin need at the busiest moment
 * at the report's capital; then ruin at that fraction.
 */
import { conventions } from '../../format/conventions';
import { BASIS_LABEL, RISK_BASIS_LABEL, type SizingEntry, type SizingReport } from '../../sizing';
import { decimal, integer, money, percent } from '../cells';
import { formatNumber } from '../format';
import { defineSection } from '../section';

const entries = (sizing: SizingReport): SizingEntry[] => [...sizing.strategies, sizing.portfolio];

export const kellySizingSection = defineSection({
  id: 'kelly',
  title: 'Kelly sizing',
  description: 'Kelly per strategy at the chosen fraction, the contracts and margin it implies, ruin risk',
  isAvailable: (input) => input.sizing !== undefined && input.sizing.strategies.length > 0,
  unavailableReason: (input) => (input.sizing === undefined ? 'the sizing was not computed for this report' : 'no strategy has closed trades to size'),
  build: ({ sizing }) => {
    const report = sizing!;
    const of = report.kellyOf === 'classic' ? 'the classic Kelly p − q/b of the basis' : 'the growth-optimal fraction f*';
    const { limits } = report;
    const notes = [
      `Sized for capital ${formatNumber(report.capital, 'money')} at ${formatNumber(report.fraction, 'percent')} of ${of}, capped at ${formatNumber(report.cap, 'percent')} of capital per strategy.`,
      `Placeable caps: margin ceiling ${limits.marginCeiling === null ? 'none (lifted)' : `${formatNumber(limits.marginCeiling, 'percent')} of capital`}${limits.marginMultiplier === 1 ? '' : ` on the recorded margin × ${formatNumber(limits.marginMultiplier, 'decimal')}`}; worst loss ≤ ${limits.lossShare === null ? 'none (lifted)' : `${formatNumber(limits.lossShare, 'percent')} of capital`}; applied fractions ≤ ${limits.totalFraction === null ? 'none (lifted)' : formatNumber(limits.totalFraction, 'percent')} in total.${report.marginLevel === 'day' ? ' This log has no trade times: the busiest moment is taken by day.' : ''}`,
      ...entries(report)
        .filter((e) => e.bindingConstraint !== null)
        .map((e) => `${e.name}: Kelly says ${e.kellyContracts ?? '—'}, placeable ${e.placeableContracts ?? '—'}. ${e.bindingConstraint}`),
      ...entries(report).map((e) => `${e.name}: ${BASIS_LABEL[e.basis]} basis — ${e.basisReason}`),
      ...entries(report)
        .filter((e) => e.applied.cappedBy === 'cap')
        .map((e) => `${e.name}: ${formatNumber(e.applied.uncapped, 'percent')} of capital was capped to ${formatNumber(e.applied.value, 'percent')}.`),
    ];
    if (report.portfolio.totalMargin !== null) {
      const at = report.portfolio.peakMarginAt;
      notes.push(
        `Margin all strategies' placeable contracts need at the busiest moment${at ? ` (${at.date}${at.time ? ` ${at.time}` : ''})` : ''}: ${formatNumber(report.portfolio.totalMargin, 'money')} (${formatNumber(report.portfolio.totalMarginUtilisation ?? 0, 'percent')} of capital).`,
      );
    }
    return {
      tables: [
        {
          id: 'kelly-sizing',
          title: 'Kelly sizing at the chosen fraction',
          columns: [
            { label: 'Strategy', align: 'left' },
            { label: 'Trades', align: 'right' },
            { label: 'Full Kelly', align: 'right' },
            { label: 'Growth-optimal', align: 'right' },
            { label: 'Optimal f', align: 'right' },
            { label: 'Applied', align: 'right' },
            { label: 'Thorp c', align: 'right' },
            { label: 'Risk per contract', align: 'right' },
            { label: 'Kelly says', align: 'right' },
            { label: 'Placeable', align: 'right' },
            { label: 'At risk', align: 'right' },
            { label: 'Margin need', align: 'right' },
          ],
          rows: entries(report).map((e) => [
            e.name,
            integer(e.trades),
            percent(e.chosenKelly),
            percent(e.growthOptimal),
            percent(e.optimalF?.f),
            percent(e.applied.value),
            decimal(e.ofGrowthOptimal),
            money(e.riskPerContract),
            integer(e.kellyContracts),
            integer(e.placeableContracts),
            money(e.dollarsAtRisk),
            money(e.peakMarginNeed),
          ]),
        },
        {
          id: 'kelly-ruin',
          title: 'Risk of halving at the applied fraction',
          columns: [
            { label: 'Strategy', align: 'left' },
            { label: 'Applied', align: 'right' },
            { label: 'Thorp P(halving)', align: 'right' },
            { label: 'Lundberg exponent', align: 'right' },
            { label: 'Lundberg P(halving) ≤', align: 'right' },
          ],
          rows: entries(report).map((e) => [
            e.name,
            percent(e.applied.value),
            percent(e.ruin?.thorpHalving),
            decimal(e.ruin?.lundbergExponent),
            percent(e.ruin?.lundbergHalving),
          ]),
        },
      ],
      charts: [],
      notes,
    };
  },
  conventions: ({ sizing }) => [
    conventions.sizingFraction.text,
    `Applied fraction = min(${sizing!.kellyOf === 'classic' ? 'classic Kelly p − q/b of the basis' : 'growth-optimal f*'} · ${formatNumber(sizing!.fraction, 'decimal')} · per-strategy multiplier, cap ${formatNumber(sizing!.cap, 'percent')}); 0 without an edge. Full Kelly is on the basis named per strategy.`,
    `Kelly says = floor(applied · capital / D), D = the risk per contract (${Object.values(RISK_BASIS_LABEL).join(', ')} — per strategy as shown); at risk = placeable contracts · D.`,
    conventions.sizingPlaceable.text,
    conventions.sizingMarginNeed.text,
    'Growth-optimal = argmax mean ln(1 + f · rᵢ), rᵢ = P/L per contract / D. Optimal f (Vince) on per-contract P/L, largest loss as the unit.',
    'Thorp: P(ever halving) = 0.5^(2/c − 1), c = the fraction ÷ the growth-optimal fraction (the peak of mean ln(1 + f·r)). Lundberg: λ with E[(1 + f·R)^(−λ)] = 1 bounds P(ever halving) by 0.5^λ.',
  ],
});
