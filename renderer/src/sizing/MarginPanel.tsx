/**
 * Historical margin utilisation: the chart (portfolio and every strategy, or one strategy),
 * its peak and average, and the margin ÷ capital the Kelly sizing implies next to the user's
 * ceiling, both drawn as horizontal lines.
 */
import { useMemo } from 'react';
import type { SizingEntry, SizingReport } from '../../../core/sizing';
import { Chart } from '../components/Chart';
import { InfoTip } from '../components/InfoTip';
import { Value } from '../components/Value';
import './echarts-legend';
import { marginChartOption, type MarginSeries } from './sizing-charts';
import { sizingConventions } from './sizing-conventions';

interface MarginPanelProps {
  report: SizingReport;
  /** The strategy in focus; null = the portfolio. */
  focus: SizingEntry | null;
  ceiling: number | null;
}

export function MarginPanel({ report, focus, ceiling }: MarginPanelProps) {
  const entry = focus ?? report.portfolio;
  const kellyUtilisation = focus ? focus.sizedMarginUtilisation : report.portfolio.totalMarginUtilisation;
  const option = useMemo(() => {
    const entries = focus ? [focus] : [report.portfolio, ...report.strategies];
    const series: MarginSeries[] = entries.flatMap((e) => (e.historicalMargin ? [{ name: e.name, utilisation: e.historicalMargin, emphasis: e === report.portfolio }] : []));
    return series.length === 0 ? null : marginChartOption({ series, kellyUtilisation, ceiling });
  }, [report, focus, kellyUtilisation, ceiling]);

  return (
    <section className="panel" aria-label="Margin utilisation" data-testid="margin-panel">
      <header className="panel-header">
        <h2 className="panel-title">Margin utilisation — {entry.name}</h2>
        <InfoTip text={sizingConventions.historicalMargin.text} label="margin utilisation" />
      </header>
      <dl className="inline-facts">
        <div>
          <dt>Historical peak</dt>
          <dd>
            <Value value={entry.historicalMargin?.max ?? null} kind="percent" nullReason={sizingConventions.historicalMargin.nullReason} />
          </dd>
        </div>
        <div>
          <dt>Historical average</dt>
          <dd>
            <Value value={entry.historicalMargin?.average ?? null} kind="percent" nullReason={sizingConventions.historicalMargin.nullReason} />
          </dd>
        </div>
        <div className="fact-kelly">
          <dt>Kelly sizing{focus ? '' : ' (all strategies)'}</dt>
          <dd data-testid="margin-kelly-line">
            <Value value={kellyUtilisation} kind="percent" nullReason={sizingConventions.sizedMargin.nullReason} />
          </dd>
        </div>
        <div className="fact-ceiling">
          <dt>Your ceiling</dt>
          <dd>
            <Value value={ceiling} kind="percent" nullReason="No ceiling set." />
          </dd>
        </div>
      </dl>
      {option ? <Chart option={option} label={`Margin utilisation of ${entry.name}`} height={300} /> : <p className="muted">The trade log has no margin requirements, so there is no margin history.</p>}
    </section>
  );
}
