/**
 * `sizewise vix <tradelog.csv>` — edge by opening-VIX bucket (issue 18 §6, volatility
 * regimes): per bucket the trades, win rate, mean P/L per contract and classic Kelly
 * p − q/b on P/L per contract. Buckets by quantile (default 4) or user edges (--buckets 15,20,30).
 */
import { DEFAULT_VIX_BUCKETS, parseVixBucketing, VIX_BUCKETS_HELP, workspaceVixRegimes } from '../../core/app';
import { DEFAULT_VIX_QUANTILES, type VixBucket } from '../../core/stats';
import { type Command, UsageError } from '../command';
import { GENERIC_CSV_OPTIONS, mappingOptions, NUMBER_HELP, parseCommandArgs, singleInput } from '../args';
import { loadTradeLog } from '../load-input';
import { money, num, pct, table } from '../output';

const usage = `usage: sizewise vix <tradelog.csv> [options] [--json]
  --buckets K|E1,E2,…   ${VIX_BUCKETS_HELP} (default ${DEFAULT_VIX_QUANTILES} quantile buckets)
  --strategy NAME       only this strategy (default: every trade)
  --map field=Column,…  --date-format F   for a generic CSV (which has no Opening VIX: the command says so)
Buckets are [from, to): a trade at an edge is in the bucket that starts there; quantile edges are the
i/K percentiles of the opening VIX (linear interpolation). Win rate = wins / trades; P/L per contract =
mean of P/L / contracts; Kelly = p − q/b on P/L per contract (decided win rate), null when a bucket has
no win or no loss. Open trades and trades without an Opening VIX are left out (counted).
${NUMBER_HELP}
JSON: { buckets: [ { from, to, trades, winRate, plPerContract, kelly, kellyReason, minVix, maxVix } ],
  edges, strategy, withVix, withoutVix, open, note } — from/to null for an open-ended bucket.`;

function range(b: VixBucket): string {
  if (b.from === null) return `< ${num(b.to, 2)}`;
  if (b.to === null) return `≥ ${num(b.from, 2)}`;
  return `${num(b.from, 2)} – ${num(b.to, 2)}`;
}

const command: Command = {
  summary: 'Edge by opening-VIX bucket: trades, win rate, P/L per contract and Kelly per volatility regime',
  usage,
  async run(args) {
    const { values, positionals } = parseCommandArgs('vix', args, { buckets: { type: 'string' }, strategy: { type: 'string' }, ...GENERIC_CSV_OPTIONS });
    const buckets = values.buckets ?? DEFAULT_VIX_BUCKETS;
    const checked = parseVixBucketing(buckets);
    if (!checked.ok) throw new UsageError(`--buckets: ${checked.message}`);
    const file = singleInput('vix', positionals);
    const log = await loadTradeLog(file, mappingOptions(values));
    const outcome = workspaceVixRegimes(log.trades, { buckets, strategy: values.strategy ?? null });
    if (!outcome.ok) throw new UsageError(`${outcome.field === 'buckets' ? '--buckets' : 'vix'}: ${outcome.reason}`);
    const bucketing = outcome.bucketing;
    const r = outcome.regimes;
    const json = {
      buckets: r.buckets.map((b) => ({ from: b.from, to: b.to, trades: b.trades, winRate: b.winRate, plPerContract: b.plPerContract, kelly: b.kelly.value, kellyReason: b.kelly.reason ?? null, minVix: b.minVix, maxVix: b.maxVix })),
      edges: r.edges,
      strategy: outcome.strategy,
      withVix: r.withVix,
      withoutVix: r.withoutVix,
      open: r.open,
      note: r.note,
    };
    const left = [r.withoutVix ? `${r.withoutVix} without an Opening VIX` : '', r.open ? `${r.open} open` : ''].filter(Boolean).join(', ');
    const text = [
      `Edge by opening VIX — ${outcome.strategy ?? 'all strategies'}, ${r.withVix.toLocaleString('en-US')} closed trades${left ? ` (left out: ${left})` : ''}`,
      `Buckets: ${bucketing.kind === 'quantiles' ? `${bucketing.count} quantile buckets of the opening VIX` : `edges ${bucketing.edges.join(', ')}`}; [from, to)`,
      table([
        ['Opening VIX', 'Trades', 'Win rate', 'P/L per contract', 'Kelly (p − q/b)'],
        ...r.buckets.map((b) => [range(b), b.trades, pct(b.winRate, 1), money(b.plPerContract), b.kelly.value === null ? `— (${b.kelly.reason})` : pct(b.kelly.value, 1)]),
      ]),
      ...(r.note ? [r.note] : []),
    ].join('\n');
    return { json, text };
  },
};

export default command;
