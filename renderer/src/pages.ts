/**
 * The pages of the app, in sidebar order. Adding a page is one entry here.
 */
import type { ComponentType } from 'react';
import { OverviewPage } from './pages/OverviewPage';
import { ReportViewPage } from './pages/ReportViewPage';
import { CalculatorPage } from './pages/CalculatorPage';
import { SizingPage } from './pages/SizingPage';
import { ReplayPage } from './pages/ReplayPage';
import { RiskPage } from './pages/RiskPage';
import { LivePage } from './live/LivePage';
import { TradeBlocksHelpPage } from './pages/TradeBlocksHelpPage';
import { BetsPage } from './bets/BetsPage';
import { AllocatePage } from './allocate/AllocatePage';

export interface PageDefinition {
  id: string;
  title: string;
  /** One line under the title in the toolbar. */
  description: string;
  component: ComponentType;
}

export const pages: PageDefinition[] = [
  { id: 'overview', title: 'Overview', description: 'Portfolio and per-strategy statistics', component: OverviewPage },
  { id: 'sizing', title: 'Sizing', description: 'Kelly per strategy, contracts, margin, growth and risk of ruin, edge realism', component: SizingPage },
  { id: 'calculator', title: 'Position calculator', description: 'Size one trade under Kelly and your risk rules', component: CalculatorPage },
  { id: 'replay', title: 'Replay', description: 'Re-run the trades under other sizing rules and compare', component: ReplayPage },
  { id: 'risk', title: 'Risk', description: 'Monte Carlo: how bad it can get under the chosen sizing', component: RiskPage },
  { id: 'live', title: 'Live vs backtest', description: 'Live fills against the backtest: slippage, drift, and size multipliers', component: LivePage },
  { id: 'bets', title: 'Bets', description: 'Prediction-market bets: calibration and drift per group, today’s budget split and ticket sizes', component: BetsPage },
  { id: 'allocate', title: 'Allocate', description: 'Split capital across strategies and assets: weights, margin-feasible Kelly, correlation, walk-forward', component: AllocatePage },
  { id: 'report', title: 'Report', description: 'The PDF sizing report: preview, export to PDF, tables to CSV', component: ReportViewPage },
  { id: 'help-tradeblocks', title: 'Coming from TradeBlocks', description: 'Help: each convention that differs, with the EMA figure under both', component: TradeBlocksHelpPage },
];
