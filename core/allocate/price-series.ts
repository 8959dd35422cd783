/**
 * Daily series files for the allocator (issue 19 "Inputs"): a price file (`Date`, `Adj Close`,
 * …) becomes one asset of `Adj Close` simple returns named after the file (`SPY`); a return-series
 * file (a date column + one numeric column per leg) becomes one asset per column. A bad cell
 * refuses the whole file with its row, column and problem (nothing is half-imported).
 * As one leg (`asLeg`, the learned allocator): the file is one series — `Adj Close`, else the
 * first column after the date — named after the file, and every other column except the
 * standard Open/High/Low/Close/Volume is an extra numeric column (a blank cell is unknown).
 */
import type { ReturnSeries } from '../model';
import { fileStem } from './naming';

export type SeriesParse = { ok: true; series: ReturnSeries[] } | { ok: false; message: string };

function cells(line: string): string[] {
  return line.split(',').map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
}

/** Does this header look like a daily series file (a date column first, no trade-log columns)? */
export function isSeriesHeader(headerLine: string): boolean {
  const h = cells(headerLine.replace(/^\uFEFF/, '')).map((c) => c.toLowerCase());
  return h.length >= 2 && h[0] === 'date' && !h.includes('date opened');
}

const PRICE_COLUMNS = new Set(['open', 'high', 'low', 'close', 'volume', 'adj close']);

export function parseSeriesFile(file: string, text: string, asLeg = false): SeriesParse {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length < 3) return { ok: false, message: `${file}: a daily series needs a header and at least two dated rows.` };
  const header = cells(lines[0]);
  if (header[0].toLowerCase() !== 'date') return { ok: false, message: `${file}: the first column must be "Date" (found "${header[0]}").` };
  const adj = header.findIndex((h) => h.toLowerCase() === 'adj close');
  const columns = adj >= 0 ? [adj] : asLeg ? [1] : header.map((_, i) => i).slice(1);
  const kind: ReturnSeries['kind'] = adj >= 0 ? 'prices' : 'returns';
  const extraColumns = asLeg ? header.map((_, i) => i).filter((i) => i > 0 && i !== columns[0] && !PRICE_COLUMNS.has(header[i].toLowerCase())) : [];
  const extras: number[][] = extraColumns.map(() => []);
  const dates: string[] = [];
  const values: number[][] = columns.map(() => []);
  for (let r = 1; r < lines.length; r++) {
    const row = cells(lines[r]);
    const date = row[0];
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) return { ok: false, message: `${file}: row ${r + 1}, column "Date": "${date}" is not a YYYY-MM-DD date.` };
    if (dates.length > 0 && date <= dates[dates.length - 1]) return { ok: false, message: `${file}: row ${r + 1}, column "Date": ${date} is not after the previous row's ${dates[dates.length - 1]} (dates must ascend without duplicates).` };
    for (let c = 0; c < columns.length; c++) {
      const text = row[columns[c]] ?? '';
      const v = Number(text);
      if (text === '' || !Number.isFinite(v)) return { ok: false, message: `${file}: row ${r + 1}, column "${header[columns[c]]}": "${text}" is not a number.` };
      if (kind === 'prices' && v <= 0) return { ok: false, message: `${file}: row ${r + 1}, column "${header[columns[c]]}": a price must be positive (found ${text}).` };
      if (kind === 'returns' && v <= -1) return { ok: false, message: `${file}: row ${r + 1}, column "${header[columns[c]]}": a return of ${text} loses more than everything.` };
      values[c].push(v);
    }
    for (let c = 0; c < extraColumns.length; c++) {
      const text = row[extraColumns[c]] ?? '';
      const v = text === '' ? NaN : Number(text);
      if (text !== '' && !Number.isFinite(v)) return { ok: false, message: `${file}: row ${r + 1}, column "${header[extraColumns[c]]}": "${text}" is not a number (leave the cell blank when unknown).` };
      extras[c].push(v);
    }
    dates.push(date);
  }
  const extrasOf = (skip: number) => Object.fromEntries(extraColumns.map((col, c) => [header[col], extras[c].slice(skip)]));
  const series: ReturnSeries[] = columns.map((col, c) => {
    if (kind === 'prices') {
      const p = values[c];
      return { name: fileStem(file), source: file, kind, dates: dates.slice(1), returns: p.slice(1).map((v, i) => v / p[i] - 1), extras: extrasOf(1) };
    }
    return { name: asLeg ? fileStem(file) : header[col], source: file, kind, dates: dates.slice(), returns: values[c], extras: extrasOf(0) };
  });
  return { ok: true, series };
}
