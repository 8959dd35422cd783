// A Windows-1252 file (Excel's CSV on Western-European Windows) whose accented bytes all come
// after the first 4 KB: decoded as Windows-1252 over the whole file, names that differ only in
// an accent stay distinct, and a warning names the encoding; bytes no single encoding reads
// are refused with the reason (issue 8, item 8).
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../core/import';
import type { ImportFailure, ImportOutcome, TradeImport } from '../../../core/model';
import { fixtureText } from '../support/fixtures';

/** Windows-1252 bytes of text, by hand: Latin-1 characters are their own byte; the two others used here from the 0x80–0x9F block. */
function windows1252(text: string): Uint8Array {
  const special: Record<string, number> = { '€': 0x80, '–': 0x96 };
  return Uint8Array.from(text, (ch) => {
    const code = special[ch] ?? ch.charCodeAt(0);
    if (code > 0xff || (code >= 0x80 && code <= 0x9f && special[ch] === undefined)) throw new Error(`no Windows-1252 byte for ${ch}`);
    return code;
  });
}

const STRATEGY = 14;
const NAMES = ['Stratégie A', 'Stratègie A', 'Prämie – Woche 5 €'];
const FIRST_RENAMED_LINE = 30;

/** The EMA log (LF) with the strategy of lines 30… replaced by NAMES[line % 3]. */
function renamedEma(): string {
  return fixtureText('optionomega/ema-tradelog.csv')
    .split('\n')
    .map((line, i) => {
      if (i + 1 < FIRST_RENAMED_LINE || line === '') return line;
      const cells = line.split(',');
      cells[STRATEGY] = `"${NAMES[(i + 1) % 3]}"`;
      return cells.join(',');
    })
    .join('\n');
}

function trades(outcome: ImportOutcome): TradeImport {
  if (!outcome.ok || outcome.format !== 'optionomega-trades') throw new Error(`expected a trade log, got ${JSON.stringify(outcome).slice(0, 300)}`);
  return outcome;
}

function failure(outcome: ImportOutcome): ImportFailure {
  if (outcome.ok) throw new Error(`expected a failure, got ${outcome.format}`);
  return outcome;
}

describe('Windows-1252 files', () => {
  const bytes = windows1252(renamedEma());

  it('accented names after the first 4 KB are read right and kept apart', async () => {
    expect(bytes.findIndex((b) => b >= 0x80)).toBeGreaterThan(4096);
    const result = trades(await importBytes('ema-1252.csv', bytes));
    const count = (name: string) => result.trades.filter((t) => t.strategy === name).length;
    // lines 30..385: line % 3 = 0 → 119 lines, = 1 → 119, = 2 → 118; lines 2..29 keep the sample's two strategies
    expect([count('Stratégie A'), count('Stratègie A'), count('Prämie – Woche 5 €')]).toEqual([119, 119, 118]);
    expect(result.trades).toHaveLength(384);
    expect(result.rejected).toEqual([]);
    expect(result.trades.some((t) => t.strategy.includes('\uFFFD'))).toBe(false);
    expect(result.warnings).toEqual(['The file is not UTF-8; it was read as Windows-1252 (Western European), the encoding Excel uses for CSV on Windows.']);
  });

  it('a file mixing UTF-8 and Windows-1252 is refused (no decoding reads both)', async () => {
    const utf8Line = new TextEncoder().encode('\n"2025-01-02","10:00:00",1,"",1,1,"2025-01-02","16:00:00",0,"Expired",1,1,100001,1,"Stratégie A",0,0,1,1,0,0,100,-1\n');
    const mixed = new Uint8Array(bytes.length + utf8Line.length);
    mixed.set(bytes);
    mixed.set(utf8Line, bytes.length);
    const result = failure(await importBytes('mixed.csv', mixed));
    expect(result.code).toBe('encoding');
    expect(result.message).toBe(
      "The file's text encoding cannot be read: it mixes UTF-8 with another encoding (some bytes are UTF-8 characters, others are not valid UTF-8), so accented names would be misread. Export it as CSV (UTF-8) and try again.",
    );
  });

  it('a byte Windows-1252 leaves undefined is refused with its offset', async () => {
    const undefinedByte = bytes.slice();
    const at = undefinedByte.indexOf(0xe9); // the first "é"
    undefinedByte[at] = 0x81;
    const result = failure(await importBytes('odd.csv', undefinedByte));
    expect(result.code).toBe('encoding');
    expect(result.message).toBe(`The file's text encoding cannot be read: byte 0x81 at offset ${at} is neither UTF-8 nor Windows-1252 text. Export it as CSV (UTF-8) and try again.`);
  });
});
