// The in-app "Coming from TradeBlocks" help is docs/coming-from-tradeblocks.md itself: every
// convention the issue lists is a row (units, risk-free, daily series start, scratches in Kelly,
// drawdown source, strategy-level curves, margin-use denominator, ruin threshold, weekend closes).
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseHelpDocument } from '../../../renderer/src/help/markdown-table';

test('the help page lists each differing convention', () => {
  const help = parseHelpDocument(readFileSync(new URL('../../../docs/coming-from-tradeblocks.md', import.meta.url), 'utf8'));
  expect(help.title).toBe('Coming from TradeBlocks');
  expect(help.header).toEqual(['Convention', 'Sizewise', 'TradeBlocks', 'Check']);
  expect(help.rows.map((r) => r[0])).toEqual([
    'Units', 'Risk-free rate', "Sharpe's deviation", 'Where the daily series starts', 'Scratches in Kelly', 'Drawdown source',
    'Strategy-level curves', 'Margin-use denominator', 'Ruin threshold', 'Weekend closes',
  ]);
  expect(help.rows.every((r) => r.length === 4)).toBe(true);
});
