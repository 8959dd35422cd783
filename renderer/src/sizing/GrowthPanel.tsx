/**
 * Growth vs fraction for the entry in focus: expected log growth and the risk of ever
 * halving (Thorp, Lundberg) from 0 to 2× the growth-optimal fraction, with the chosen
 * fraction, the growth-optimal fraction and the basis' discrete Kelly marked, and the ruin
 * measures at the chosen fraction as cards.
 */
import { useMemo } from 'react';
import type { SizingEntry } from '../../../core/sizing';
import { Chart } from '../components/Chart';
import { InfoTip } from '../components/InfoTip';
import { StatCard } from '../components/StatCard';
import { KELLY_HEADERS } from '../metrics';
import './echarts-legend';
import { ruinCards } from './sizing-cards';
import { growthChartNote, growthChartOption, type BasisKellyMarker, type KellyBandShading } from './sizing-charts';
import { sizingConventions } from './sizing-conventions';

/** `band`: the bootstrap band of the growth-optimal fraction (TargetsPanel), shaded when known. */
export function GrowthPanel({ entry, band }: { entry: SizingEntry; band?: KellyBandShading | null }) {
  const basisKelly = useMemo<BasisKellyMarker>(() => ({ label: KELLY_HEADERS[entry.basis], value: entry.chosenKelly }), [entry]);
  const option = useMemo(() => (entry.growthCurve ? growthChartOption(entry.growthCurve, basisKelly, band) : null), [entry, basisKelly, band]);
  const cards = useMemo(() => ruinCards(entry), [entry]);
  const note = entry.growthCurve ? ` ${growthChartNote(entry.growthCurve, basisKelly)}` : '';
  return (
    <section className="panel" aria-label="Growth and risk of ruin" data-testid="growth-panel">
      <header className="panel-header">
        <h2 className="panel-title">Growth vs fraction — {entry.name}</h2>
        <InfoTip text={`${sizingConventions.growth.text} ${sizingConventions.thorp.text}${note}`} label="growth vs fraction" />
      </header>
      <div className="cards cards-compact" data-testid="ruin-cards">
        {cards.map((card) => (
          <StatCard key={card.id} card={card} />
        ))}
      </div>
      {option ? (
        <Chart option={option} label={`Expected log growth and risk of halving vs fraction for ${entry.name}`} height={300} />
      ) : (
        <p className="muted">No positive edge in risk units (growth-optimal fraction ≤ 0 or undefined): there is no growth curve to draw.</p>
      )}
    </section>
  );
}
