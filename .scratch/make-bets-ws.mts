import { writeFileSync, readFileSync } from 'node:fs';
import initSqlJs from 'sql.js';
import { DataService } from '/work/wt/bets/workers/data-service';
const SQL = await initSqlJs();
const s = new DataService(SQL);
for (const [name, path] of [['ema-tradelog.csv', 'resources/sample/ema-tradelog.csv'], ['bets-sample.csv', 'resources/sample/bets-sample.csv']]) {
  const p = await s.previewImport(name, new Uint8Array(readFileSync(path)));
  if (!p.ok) throw new Error(p.message);
  const c = await s.commitImport(p.previewId);
  if (!c.ok) throw new Error(c.message);
}
const r = await s.saveBetRun('Sample day', { budget: 500, cash: 2000 }, { name: 'bets-candidates.csv', bytes: new Uint8Array(readFileSync('resources/sample/bets-candidates.csv')) });
if (!r.ok) throw new Error(r.message);
writeFileSync('/tmp/bets-ws.sizewise', await s.exportWorkspace());
console.log('ok');
