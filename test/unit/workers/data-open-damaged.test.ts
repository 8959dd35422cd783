/**
 * Opening a file that is not an intact Sizewise workspace (empty, truncated, a PNG renamed,
 * random bytes, text, another app's SQLite database, a corrupted page) returns a clear
 * error code and message, and the workspace that was open stays exactly as it was.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Xoshiro128 } from '../../../core/random';
import { DataService } from '../../../workers/data-service';
import { loadSqlJs, sameBytes } from '../db/sample';
import { importSample } from '../support/data-service';
import { fixtureBytes } from '../support/fixtures';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function randomBytes(length: number, seed: number): Uint8Array {
  const random = new Xoshiro128(seed);
  return Uint8Array.from({ length }, () => random.nextUint32() & 0xff);
}

let service: DataService;
let workspaceBytes: Uint8Array;
let intact: { summary: unknown; exported: Uint8Array };

beforeAll(async () => {
  service = new DataService(await loadSqlJs(), { now: () => '2025-10-10T08:00:00.000Z' });
  await importSample(service, 'ema-tradelog.csv');
  workspaceBytes = await service.exportWorkspace();
  intact = { summary: await service.summary(), exported: workspaceBytes };
});

async function expectRefused(bytes: Uint8Array, code: string, message: string | RegExp) {
  const result = await service.openWorkspace(bytes);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.code).toBe(code);
  if (typeof message === 'string') expect(result.message).toBe(message);
  else expect(result.message).toMatch(message);
  expect(await service.summary()).toEqual(intact.summary);
  expect(sameBytes(await service.exportWorkspace(), intact.exported)).toBe(true);
}

describe('opening damaged or foreign files', () => {
  it('empty file', async () => {
    await expectRefused(new Uint8Array(0), 'empty', 'The file is empty (0 bytes): it is not a Sizewise workspace.');
  });

  it('truncated to half its length', async () => {
    const half = workspaceBytes.subarray(0, workspaceBytes.length / 2);
    const pages = workspaceBytes.length / 4096;
    await expectRefused(half, 'truncated', `The workspace file is truncated: ${half.length} bytes, its header says ${workspaceBytes.length} bytes (${pages} pages of 4096).`);
  });

  it('truncated inside the SQLite header', async () => {
    await expectRefused(workspaceBytes.subarray(0, 10), 'truncated', 'The workspace file is truncated: only 10 bytes of the SQLite header survive.');
    await expectRefused(workspaceBytes.subarray(0, 60), 'truncated', 'The workspace file is truncated: 60 bytes, shorter than the 100-byte SQLite header.');
  });

  it('truncated at a page boundary', async () => {
    await expectRefused(workspaceBytes.subarray(0, 8192), 'truncated', /^The workspace file is truncated: 8192 bytes, its header says \d+ bytes/);
  });

  it('a PNG image renamed to .sizewise', async () => {
    const png = new Uint8Array([...PNG_SIGNATURE, ...randomBytes(500, 1)]);
    await expectRefused(png, 'not-sqlite', 'This file is a PNG image, not a Sizewise workspace.');
  });

  it('random bytes', async () => {
    await expectRefused(randomBytes(8192, 7), 'not-sqlite', 'This file is not a Sizewise workspace (it is not a SQLite database).');
  });

  it('a CSV trade log opened as a workspace', async () => {
    await expectRefused(fixtureBytes('optionomega/ema-tradelog.csv'), 'not-sqlite', 'This file is text (perhaps a CSV: use Import for trade logs), not a Sizewise workspace.');
  });

  it('a SQLite database of another application', async () => {
    const SQL = await loadSqlJs();
    const other = new SQL.Database();
    other.exec("CREATE TABLE contacts (name TEXT); CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('hi')");
    await expectRefused(other.export(), 'foreign', 'This is a SQLite database of another application, not a Sizewise workspace (tables: contacts, notes).');
  });

  it('a SQLite database with a sizewise_meta table of another app id', async () => {
    const SQL = await loadSqlJs();
    const other = new SQL.Database();
    other.exec("CREATE TABLE sizewise_meta (key TEXT, value TEXT); INSERT INTO sizewise_meta VALUES ('app_id', 'something-else')");
    await expectRefused(other.export(), 'foreign', 'This is a SQLite database of another application, not a Sizewise workspace (tables: sizewise_meta).');
  });

  it('a workspace with a corrupted page', async () => {
    const corrupted = workspaceBytes.slice();
    corrupted.set(randomBytes(4096, 3), 4096 * 3);
    await expectRefused(corrupted, 'damaged', /^The workspace file is damaged: /);
  });

  it('still opens an intact workspace afterwards', async () => {
    const result = await service.openWorkspace(workspaceBytes);
    expect(result.ok).toBe(true);
    expect(result.ok && result.summary).toEqual(intact.summary);
  });
});
