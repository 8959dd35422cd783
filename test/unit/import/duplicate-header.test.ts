// Two exports joined into one file: the repeated header line is skipped with a warning, not rejected.
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../core/import';
import type { ImportOutcome, TradeImport } from '../../../core/model';
import { fixtureBytes } from '../support/fixtures';

function concat(...parts: Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return joined;
}

function trades(outcome: ImportOutcome): TradeImport {
  if (!outcome.ok || outcome.format !== 'optionomega-trades') throw new Error('expected an OptionOmega trade log');
  return outcome;
}

describe('duplicated header', () => {
  it('EMA log twice (the second copy with its own BOM)', async () => {
    const ema = fixtureBytes('optionomega/ema-tradelog.csv');
    const result = trades(await importBytes('twice.csv', concat(ema, ema)));
    expect(result.trades).toHaveLength(768);
    expect(result.totalRows).toBe(768);
    expect(result.rejected).toEqual([]);
    expect(result.warnings).toEqual(['Skipped 1 repeated header line (line 386): the file looks like several exports joined together.']);
  });

  it('small unquoted log twice', async () => {
    const mock = fixtureBytes('optionomega/small/mock-block-tradelog.csv');
    const result = trades(await importBytes('twice.csv', concat(mock, mock)));
    expect(result.trades).toHaveLength(10);
    expect(result.rejected).toEqual([]);
    expect(result.warnings).toEqual(['Skipped 1 repeated header line (line 7): the file looks like several exports joined together.']);
  });
});
