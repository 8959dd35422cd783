/**
 * Issue 8 item 2 (rows): every row of every table is type-checked on open. Text, binary
 * data or NULL where a number is required, non-finite or implausible numbers, dates that
 * are no calendar day or outside the import horizon (1970-01-01 … one year after today),
 * a close before the open, malformed times, dangling import ids, and JSON documents that do
 * not parse or do not have their shape are refused with ONE message naming the table, the
 * row (rowid) and the column. Expected messages are written from the rules in
 * docs/conventions.md (the same as import's), not from the code's output.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { openWorkspaceBytes } from '../../../core/db';
import { loadSqlJs } from './sample';
import { damaged, TEST_NOW, validWorkspace } from '../workspace/damaged-workspace';

let good: Uint8Array;

beforeAll(async () => {
  good = await validWorkspace();
});

async function refusal(sql: string) {
  // ';;' separates steps that need a new connection (a schema edit).
  const result = openWorkspaceBytes(await loadSqlJs(), await damaged(good, ...sql.split(';;')), { now: () => TEST_NOW });
  return result.ok ? { ok: true } : { code: result.code, message: result.message };
}

const long = 'x'.repeat(100);

describe('rows of an opened workspace', () => {
  it.each([
    ["UPDATE trades SET pl = '0garbage' WHERE id = 17", 'table trades, row 17, column pl holds text "0garbage" where a number is required.'],
    [`UPDATE trades SET fees = '${long}' WHERE id = 3`, `table trades, row 3, column fees holds text "${'x'.repeat(59)}…" where a number is required.`],
    ["UPDATE trades SET contracts = x'0102' WHERE id = 5", 'table trades, row 5, column contracts holds binary data (2 bytes) where a number is required.'],
    ['UPDATE trades SET premium = 1e999 WHERE id = 8', 'table trades, row 8, column premium holds a non-finite number (Infinity).'],
    ['UPDATE trades SET margin_req = -1e308 WHERE id = 9', 'table trades, row 9, column margin_req holds -1e+308, beyond the plausible range (|x| ≤ 1e15).'],
    ['UPDATE trades SET pl = -1e-320 WHERE id = 10', 'table trades, row 10, column pl holds -1e-320, too close to zero to be a real amount (a nonzero |x| must be ≥ 1e-9).'],
    ['PRAGMA ignore_check_constraints = 1; UPDATE trades SET contracts = -2 WHERE id = 11', 'table trades, row 11, column contracts holds -2 where a positive number is required.'],
    ['PRAGMA ignore_check_constraints = 1; UPDATE trades SET contracts = 0 WHERE id = 12', 'table trades, row 12, column contracts holds 0 where a positive number is required.'],
    ["UPDATE trades SET date_closed = '9999-12-31' WHERE id = 20", 'table trades, row 20, column date_closed holds the date 9999-12-31, more than a year after today (2025-10-10).'],
    ["UPDATE trades SET date_opened = '1969-12-31' WHERE id = 21", 'table trades, row 21, column date_opened holds the date 1969-12-31, before 1970-01-01.'],
    ["UPDATE trades SET date_opened = '2025-02-30' WHERE id = 22", 'table trades, row 22, column date_opened holds "2025-02-30", which is not a calendar day.'],
    ["UPDATE trades SET date_closed = '2024-12-31' WHERE id = 1", 'table trades, row 1, column date_closed holds the close date 2024-12-31, before the trade opened (2025-01-02).'],
    ['UPDATE trades SET date_opened = 20250102 WHERE id = 2', 'table trades, row 2, column date_opened holds "20250102", not a date YYYY-MM-DD.'],
    ["UPDATE trades SET time_opened = '25:61' WHERE id = 4", 'table trades, row 4, column time_opened holds "25:61", not a time HH:MM:SS.'],
    ['UPDATE trades SET import_id = 99 WHERE id = 6', 'table trades, row 6, column import_id refers to import 99, which the workspace does not have.'],
    ["UPDATE trades SET strategy = x'00' WHERE id = 7", 'table trades, row 7, column strategy holds binary data (1 byte) where text is required.'],
    [
      // NULL in a NOT NULL column: possible only by editing the schema around the write.
      `PRAGMA writable_schema = 1; UPDATE sqlite_master SET sql = replace(sql, 'net_liquidity REAL NOT NULL', 'net_liquidity REAL') WHERE name = 'daily_log';;
       UPDATE daily_log SET net_liquidity = NULL WHERE id = 30;;
       PRAGMA writable_schema = 1; UPDATE sqlite_master SET sql = replace(sql, 'net_liquidity REAL,', 'net_liquidity REAL NOT NULL,') WHERE name = 'daily_log'; PRAGMA writable_schema = 0`,
      'table daily_log, row 30, column net_liquidity is empty (NULL) where a value is required.',
    ],
    ["UPDATE imports SET accepted = 'many' WHERE id = 1", 'table imports, row 1, column accepted holds text "many" where a number is required.'],
    ["UPDATE imports SET warnings_json = '[1' WHERE id = 2", 'table imports, row 2, column warnings_json is not valid JSON.'],
    ["UPDATE imports SET warnings_json = '[1]' WHERE id = 2", 'table imports, row 2, column warnings_json does not have the expected shape (at 0: Invalid input: expected string, received number).'],
    ["UPDATE imports SET format = 'excel' WHERE id = 1", 'table imports, row 1, column format does not have the expected shape (Invalid option: expected one of "optionomega-trades"|"optionomega-daily"|"optionomega-reporting"|"generic-trades"|"bet-log").'],
    ["UPDATE scenarios SET json = '{\"rule\": ' WHERE id = 1", 'table scenarios, row 1, column json is not valid JSON.'],
    ["UPDATE scenarios SET kind = 'casino' WHERE id = 1", 'table scenarios, row 1, column kind does not have the expected shape (Invalid option: expected one of "replay"|"montecarlo").'],
    ["UPDATE settings SET json = 'capital=5'", 'table settings, row 1, column json is not valid JSON.'],
    // Bets (issue 12; schema v3): side YES/NO, price in (0, 1), p_model in [0, 1], fees ≥ 0, outcome 0/1.
    ["PRAGMA ignore_check_constraints = 1; UPDATE bets SET price = 'abc' WHERE id = 5", 'table bets, row 5, column price holds text "abc" where a number is required.'],
    ["PRAGMA ignore_check_constraints = 1; UPDATE bets SET side = 'MAYBE' WHERE id = 7", 'table bets, row 7, column side holds "MAYBE" where YES or NO is required.'],
    ['PRAGMA ignore_check_constraints = 1; UPDATE bets SET outcome = 2 WHERE id = 9', 'table bets, row 9, column outcome holds 2 where 0 (lost) or 1 (won) is required.'],
    ['PRAGMA ignore_check_constraints = 1; UPDATE bets SET price = 1.5 WHERE id = 3', 'table bets, row 3, column price holds 1.5 where a price in dollars between 0 and 1 (exclusive) is required.'],
    ['UPDATE bets SET p_model = 1.2 WHERE id = 4', 'table bets, row 4, column p_model holds 1.2 where a probability from 0 to 1 is required.'],
    ['PRAGMA ignore_check_constraints = 1; UPDATE bets SET fees = -1 WHERE id = 6', 'table bets, row 6, column fees holds -1 where fees ≥ 0 are required.'],
    ["UPDATE bets SET date = '2025-02-30' WHERE id = 2", 'table bets, row 2, column date holds "2025-02-30", which is not a calendar day.'],
    ['UPDATE bets SET import_id = 99 WHERE id = 8', 'table bets, row 8, column import_id refers to import 99, which the workspace does not have.'],
    ["UPDATE bets SET pl = 'lots' WHERE id = 10", 'table bets, row 10, column pl holds text "lots" where a number is required.'],
    ["UPDATE bet_runs SET json = '{' WHERE id = 1", 'table bet_runs, row 1, column json is not valid JSON.'],
    // Opening VIX (issue 18 §6; schema v4): NULL (unknown) or a plausible level ≥ 0.
    ['UPDATE trades SET opening_vix = -3 WHERE id = 14', 'table trades, row 14, column opening_vix holds -3 where a VIX level ≥ 0 is required.'],
    ['UPDATE trades SET opening_vix = 1e999 WHERE id = 15', 'table trades, row 15, column opening_vix holds a non-finite number (Infinity).'],
    ["UPDATE trades SET opening_vix = 'calm' WHERE id = 16", 'table trades, row 16, column opening_vix holds text "calm" where a number is required.'],
  ])('%s', async (sql, reason) => {
    expect(await refusal(sql)).toEqual({ code: 'invalid-content', message: `The workspace file cannot be opened: ${reason}` });
  });
});
