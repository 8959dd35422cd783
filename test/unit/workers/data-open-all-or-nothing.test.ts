/**
 * Issue 8 item 1: a workspace file that passes the SQLite checks but lacks a table the
 * summary reads (trades, daily_log, imports) used to be swapped in before the summary threw;
 * the next save then wrote it over the user's good file. Opening is all-or-nothing: the
 * open workspace (summary, bytes, saved scenarios) is exactly as before, and the caller
 * gets one code and message.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataService } from '../../../workers/data-service';
import { sameBytes } from '../db/sample';
import { damaged, newService, validWorkspace } from '../workspace/damaged-workspace';

let service: DataService;
let good: Uint8Array;
let before: { summary: unknown; bytes: Uint8Array; scenarios: unknown };

beforeAll(async () => {
  good = await validWorkspace();
  service = await newService();
  const opened = await service.openWorkspace(good);
  expect(opened.ok).toBe(true);
  before = { summary: await service.summary(), bytes: await service.exportWorkspace(), scenarios: await service.listScenarios() };
});

describe('opening a workspace that lacks a table', () => {
  it.each([
    ['trades', 'table trades is missing.'],
    ['daily_log', 'table daily_log is missing.'],
    ['imports', 'table imports is missing.'],
  ])('without %s: refused, the open workspace untouched', async (table, reason) => {
    const broken = await damaged(good, `DROP TABLE ${table}`);
    const result = await service.openWorkspace(broken);
    expect(result).toEqual({ ok: false, code: 'invalid-schema', message: `The workspace file cannot be opened: ${reason}` });
    expect(await service.summary()).toEqual(before.summary);
    expect(sameBytes(await service.exportWorkspace(), before.bytes)).toBe(true);
    expect(await service.listScenarios()).toEqual(before.scenarios);
  });

  it('the good file still opens afterwards', async () => {
    const result = await service.openWorkspace(good);
    expect(result.ok && result.summary).toEqual(before.summary);
  });
});
