/**
 * What the Overview shows, as data: the statistic cards of the portfolio and the columns
 * of the per-strategy table. Each entry names its value kind (for the formatter) and its
 * convention (for the tooltip), so a page only lays these out.
 */
import type { KellyBasis } from '../../core/sizing';
import type { PortfolioStats, StatsMetricId, StrategyStats } from '../../core/stats/types';
import type { DailyOnlyStats } from '../../core/stats/daily-only';
import { conventions, drawdownDaysText, drawdownSourceText, type MetricId, riskFreeStatement, startingCapitalSourceText } from '../../core/format/conventions';
import { countOf, formatText, type ValueKind } from '../../core/format/number';

export interface CardPart {
  value: number | null;
  kind: ValueKind;
  /** Label of this part when a card shows several numbers ("Avg win", "Avg loss"). */
  label?: string;
  /** Why this part can be "—", when it differs from the card's reason. */
  nullReason?: string;
}

export interface CardModel {
  id: string;
  title: string;
  parts: CardPart[];
  /** Tooltip: the convention, plus the data source where it matters. */
  convention: string;
  nullReason?: string;
}

function card(id: MetricId, title: string, parts: CardPart[], extra?: string): CardModel {
  const convention = conventions[id];
  return { id, title, parts, convention: extra ? `${convention.text} ${extra}` : convention.text, nullReason: convention.nullReason };
}

/** The part of a card showing metric `id`: its value, and core's reason when it is null ("ruined on 2025-01-08 …"). */
function metricPart(p: PortfolioStats, id: StatsMetricId, kind: CardPart['kind'], label?: string): CardPart {
  const reason = p.nullReasons[id];
  return { value: p[id], kind, ...(label ? { label } : {}), ...(reason ? { nullReason: `Undefined: ${reason}.` } : {}) };
}

/**
 * The Kelly card on the basis actually used: raw P/L while contract counts stay within 2×, else
 * (a compounding log) per-contract P/L — the Sizing page's automatic basis — saying why, with
 * the raw-P/L figure named as not meaningful rather than shown as the headline.
 */
function kellyCard(p: PortfolioStats): CardModel {
  if (!p.contractsVary) return card('kelly', 'Kelly on P/L', [metricPart(p, 'kelly', 'percent')]);
  const perContract = card('kellyPerContract', 'Kelly per contract', [metricPart(p, 'kellyPerContract', 'percent')],
    `Contract counts vary more than 2× on this log (a compounding backtest), so Kelly is computed on per-contract P/L, the basis the Sizing page uses; Kelly on raw P/L${p.kelly === null ? '' : ` (${formatText(p.kelly, 'percent')})`} is not meaningful here.`);
  return { ...perContract, id: 'kelly' };
}

export function portfolioCards(p: PortfolioStats): CardModel[] {
  return [
    card('trades', 'Trades', [{ value: p.trades, kind: 'count' }], `${countOf(p.wins, 'win')}, ${countOf(p.losses, 'loss', 'losses')}, ${countOf(p.scratches, 'scratch', 'scratches')}.`),
    card('totalPl', 'Total P/L', [{ value: p.totalPl, kind: 'money' }]),
    card('winRate', 'Win rate', [metricPart(p, 'winRate', 'percent')]),
    card('startingCapital', 'Starting capital', [{ value: p.startingCapital, kind: 'money' }], startingCapitalSourceText(p.startingCapitalSource)),
    card('cagr', 'CAGR', [metricPart(p, 'cagr', 'percent')]),
    card(
      'maxDrawdown',
      'Max drawdown',
      p.drawdownSource === 'daily-log'
        ? [
            { value: p.maxDrawdown, kind: 'percent', label: 'Marked to market' },
            { value: p.maxDrawdownClosedTrades, kind: 'percent', label: 'Closed trades' },
          ]
        : [{ value: p.maxDrawdown, kind: 'percent' }],
      p.ruin ? `${drawdownSourceText(p.drawdownSource)} Ruined on ${p.ruin.date}: a drawdown is capped at 100%.` : drawdownSourceText(p.drawdownSource),
    ),
    card('sharpe', 'Sharpe', [metricPart(p, 'sharpe', 'ratio')], `${riskFreeStatement(p.riskFree)}.`),
    card('sortino', 'Sortino', [metricPart(p, 'sortino', 'ratio')]),
    card('calmar', 'Calmar', [metricPart(p, 'calmar', 'ratio')]),
    card('profitFactor', 'Profit factor', [metricPart(p, 'profitFactor', 'ratio')]),
    kellyCard(p),
    card('avgWin', 'Avg win / avg loss', [metricPart(p, 'avgWin', 'money', 'Avg win'), metricPart(p, 'avgLoss', 'money', 'Avg loss')], conventions.avgLoss.text),
    card('streaks', 'Win / loss streaks', [
      { value: p.maxWinStreak, kind: 'count', label: 'Wins' },
      { value: p.maxLossStreak, kind: 'count', label: 'Losses' },
    ]),
    card(
      'timeInDrawdown',
      'Time in drawdown',
      [
        { value: p.timeInDrawdown, kind: 'percent', label: 'Share' },
        { value: p.longestDrawdownDays, kind: 'business-days', label: 'Longest' },
      ],
      drawdownDaysText(p.drawdownSource),
    ),
  ];
}

/** The cards of a daily log without a trade log: what the marked-to-market curve gives (core/stats dailyOnlyStats). */
export function dailyOnlyCards(d: DailyOnlyStats): CardModel[] {
  const part = (id: 'cagr' | 'sharpe' | 'sortino' | 'calmar', kind: CardPart['kind']): CardPart => {
    const reason = d.nullReasons[id];
    return { value: d[id], kind, ...(reason ? { nullReason: `Undefined: ${reason}.` } : {}) };
  };
  return [
    card('startingCapital', 'Starting capital', [{ value: d.startingCapital, kind: 'money' }], startingCapitalSourceText('daily-log')),
    card('finalEquity', 'Final Net Liquidity', [{ value: d.finalNetLiquidity, kind: 'money' }], "The daily log's last Net Liquidity (marked to market)."),
    card('cagr', 'CAGR', [part('cagr', 'percent')], 'Days = last − first daily-log date.'),
    card('maxDrawdown', 'Max drawdown', [{ value: d.maxDrawdown, kind: 'percent', label: 'Marked to market' }], "Marked to market: from the daily log's Net Liquidity on business days (open positions valued at each close; a withdrawal is not a loss). No trade log, so no closed-trade drawdown beside it."),
    card('sharpe', 'Sharpe', [part('sharpe', 'ratio')], `${riskFreeStatement(d.riskFree)}.`),
    card('sortino', 'Sortino', [part('sortino', 'ratio')]),
    card('calmar', 'Calmar', [part('calmar', 'ratio')]),
  ];
}

/** The column header of Kelly on each basis, the same on the Overview and the Sizing page. */
export const KELLY_HEADERS: Record<KellyBasis, string> = { pl: 'Kelly (P/L)', contract: 'Kelly / contract', margin: 'Kelly (margin)' };

export interface StrategyColumn {
  id: string;
  /** Whose convention the header tooltip shows. */
  convention: MetricId;
  header: string;
  kind: ValueKind;
  value: (s: StrategyStats) => number | null;
}

/** Why a strategy-table cell is "—": core's reason for this strategy, else the metric's general one. */
export function strategyNullReason(column: StrategyColumn, s: StrategyStats): string | undefined {
  const reason = s.nullReasons[column.id as StatsMetricId];
  return reason ? `Undefined: ${reason}.` : conventions[column.convention].nullReason;
}

export const strategyColumns: StrategyColumn[] = [
  { id: 'trades', convention: 'trades', header: 'Trades', kind: 'count', value: (s) => s.trades },
  { id: 'totalPl', convention: 'totalPl', header: 'Total P/L', kind: 'money', value: (s) => s.totalPl },
  { id: 'winRate', convention: 'winRate', header: 'Win rate', kind: 'percent', value: (s) => s.winRate },
  { id: 'avgWin', convention: 'avgWin', header: 'Avg win', kind: 'money', value: (s) => s.avgWin },
  { id: 'avgLoss', convention: 'avgLoss', header: 'Avg loss', kind: 'money', value: (s) => s.avgLoss },
  { id: 'profitFactor', convention: 'profitFactor', header: 'Profit factor', kind: 'ratio', value: (s) => s.profitFactor },
  { id: 'kelly', convention: 'kelly', header: KELLY_HEADERS.pl, kind: 'percent', value: (s) => s.kelly },
  { id: 'kellyPerContract', convention: 'kellyPerContract', header: KELLY_HEADERS.contract, kind: 'percent', value: (s) => s.kellyPerContract },
  { id: 'kellyMargin', convention: 'kellyMargin', header: KELLY_HEADERS.margin, kind: 'percent', value: (s) => s.kellyMargin },
  { id: 'startingCapital', convention: 'startingCapital', header: 'Starting capital', kind: 'money', value: (s) => s.startingCapital },
  { id: 'cagr', convention: 'cagr', header: 'CAGR', kind: 'percent', value: (s) => s.cagr },
  { id: 'maxDrawdown', convention: 'maxDrawdown', header: 'Max drawdown', kind: 'percent', value: (s) => s.maxDrawdown },
  { id: 'sharpe', convention: 'sharpe', header: 'Sharpe', kind: 'ratio', value: (s) => s.sharpe },
  { id: 'sortino', convention: 'sortino', header: 'Sortino', kind: 'ratio', value: (s) => s.sortino },
  { id: 'calmar', convention: 'calmar', header: 'Calmar', kind: 'ratio', value: (s) => s.calmar },
  { id: 'timeInDrawdown', convention: 'timeInDrawdown', header: 'Time in DD', kind: 'percent', value: (s) => s.timeInDrawdown },
  { id: 'maxWinStreak', convention: 'streaks', header: 'Win streak', kind: 'count', value: (s) => s.maxWinStreak },
  { id: 'maxLossStreak', convention: 'streaks', header: 'Loss streak', kind: 'count', value: (s) => s.maxLossStreak },
];
