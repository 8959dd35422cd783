import { test } from 'vitest';
import { workspaceOf } from './workspace-file';
test('scratch', async () => {
  const s = await workspaceOf(['ema-dailylog.csv']);
  console.log(JSON.stringify(await s.summary()).slice(0, 600));
  try { const st = await s.stats(); console.log(st.portfolio.trades, st.portfolio.maxDrawdown, st.warnings); } catch (e) { console.log('stats error', e); }
}, 60000);
