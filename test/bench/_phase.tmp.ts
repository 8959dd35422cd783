const h = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const t0 = h();
const { readInput } = await import('../../cli/read-input');
const { importBytes } = await import('../../core/import');
const { computeStats } = await import('../../core/stats');
const out = await import('../../cli/output');
const t1 = h();
const bytes = await readInput('test/fixtures/optionomega/nineteen-strategies.csv');
const t2 = h();
const imp: any = await importBytes('x.csv', bytes);
const t3 = h();
const r = computeStats(imp.trades, { riskFreeRate: 0, filter: {} });
const t4 = h();
out.pct(0.5); out.money(1234.5);
const t5 = h();
for (let i = 0; i < 5; i++) { const imp2: any = await importBytes('x.csv', bytes); computeStats(imp2.trades, { riskFreeRate: 0, filter: {} }); }
const t6 = h();
const imp3: any = await importBytes('x.csv', bytes); const t7 = h(); computeStats(imp3.trades, { riskFreeRate: 0, filter: {} }); const t8 = h();
console.log(`load ${(t1-t0).toFixed(1)} read ${(t2-t1).toFixed(1)} import ${(t3-t2).toFixed(1)} stats ${(t4-t3).toFixed(1)} fmt ${(t5-t4).toFixed(1)} | warm import ${(t7-t6).toFixed(1)} stats ${(t8-t7).toFixed(1)}`);
