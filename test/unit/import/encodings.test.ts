// BOM or none, CRLF or LF, UTF-8 or UTF-16: the same trades (only the content hash differs).
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../core/import';
import type { TradeImport } from '../../../core/model';
import { fixtureBytes } from '../support/fixtures';

const emaText = new TextDecoder().decode(fixtureBytes('optionomega/ema-tradelog.csv')).replace(/\r\n/g, '\n'); // BOM dropped; the export is CRLF, made LF

async function tradesOf(bytes: Uint8Array): Promise<TradeImport> {
  const result = await importBytes('ema.csv', bytes);
  if (!result.ok || result.format !== 'optionomega-trades') throw new Error('expected an OptionOmega trade log');
  return result;
}

function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
    bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
  }
  return bytes;
}

describe('encodings and line ends', async () => {
  const withBom = await tradesOf(fixtureBytes('optionomega/ema-tradelog.csv'));

  it('no BOM gives the same trades as BOM', async () => {
    const noBom = await tradesOf(new TextEncoder().encode(emaText));
    expect(emaText.charCodeAt(0)).not.toBe(0xfeff);
    expect(noBom.trades).toEqual(withBom.trades);
    expect(noBom.contentHash).not.toBe(withBom.contentHash);
  });

  it('CRLF gives the same trades and row numbers as LF', async () => {
    const crlf = await tradesOf(new TextEncoder().encode(emaText.replace(/\n/g, '\r\n')));
    const lf = await tradesOf(new TextEncoder().encode(emaText));
    expect(emaText.includes('\r')).toBe(false);
    expect(crlf.trades).toEqual(lf.trades);
    expect(crlf.trades).toEqual(withBom.trades);
    expect(crlf.trades[0].reasonForClose).toBe('Expired');
    expect(crlf.totalRows).toBe(384);
  });

  it('UTF-16 with BOM (Excel "Unicode text") gives the same trades', async () => {
    expect((await tradesOf(utf16le(emaText))).trades).toEqual(withBom.trades);
  });

  it('no final newline', async () => {
    expect((await tradesOf(new TextEncoder().encode(emaText.trimEnd()))).trades).toEqual(withBom.trades);
  });
});
