import fc from 'fast-check';
import { analyzeSizing } from '../../../core/sizing';
import { dailyTrades } from './make-trade';
const trade = fc.record({
  pl: fc.double({ min: -1e5, max: 1e5, noNaN: true }),
  contracts: fc.integer({ min: 1, max: 50 }),
  margin: fc.option(fc.double({ min: 1, max: 1e5, noNaN: true })),
  strategy: fc.constantFrom('A', 'B'),
});
const samples = fc.sample(fc.tuple(fc.array(trade, { minLength: 1, maxLength: 40 }), fc.double({ min: 0, max: 2, noNaN: true })), { numRuns: 3000, seed: 7 });
for (const [rows, fraction] of samples) {
  const trades = dailyTrades(rows.map((r) => r.pl)).map((t, i) => ({ ...t, contracts: rows[i].contracts, marginReq: rows[i].margin, strategy: rows[i].strategy }));
  require('node:fs').writeFileSync('/tmp/last.json', JSON.stringify([rows, fraction]));
  const t0 = performance.now();
  analyzeSizing(trades, { capital: 50_000, fraction });
  const dt = performance.now() - t0;
  if (dt > 200) { console.log(dt, JSON.stringify(rows.map(r=>[r.pl, r.contracts, r.margin])), fraction); break; }
}
console.log('done');
