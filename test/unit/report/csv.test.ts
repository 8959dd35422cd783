// CSV export of report tables: RFC 4180 quoting, raw numbers, empty undefined cells, formula guard.
import { describe, expect, it } from 'vitest';
import { buildReportModel, toCsv, type ReportTable } from '../../../core/report';
import { baseInput, portfolioFixture } from './stats-fixture';

const table = (rows: ReportTable['rows']): ReportTable => ({
  id: 't',
  title: 'T',
  columns: [
    { label: 'Name', align: 'left' },
    { label: 'Value, raw', align: 'right' },
  ],
  rows,
});

describe('toCsv', () => {
  it('quotes fields with commas, quotes and line breaks, doubling quotes', () => {
    const csv = toCsv(table([['a,b', { value: 1, format: 'integer' }], ['say "hi"', null], ['two\nlines', null], ['cr\rhere', null]]));
    expect(csv).toBe('Name,"Value, raw"\r\n"a,b",1\r\n"say ""hi""",\r\n"two\nlines",\r\n"cr\rhere",\r\n');
  });

  it('writes numbers raw (full precision, fractions as decimals) and null as an empty field', () => {
    const csv = toCsv(table([['CAGR', { value: 0.265909, format: 'percent' }], ['P/L', { value: -1234.5, format: 'money' }], ['Sharpe', null]]));
    expect(csv).toBe('Name,"Value, raw"\r\nCAGR,0.265909\r\nP/L,-1234.5\r\nSharpe,\r\n');
  });

  it('neutralises text a spreadsheet would run as a formula', () => {
    const csv = toCsv(table([['=HYPERLINK("x")', null], ['+1', null], ['-strategy', null], ['@sum', null]]));
    expect(csv.split('\r\n').slice(1, 5)).toEqual([`"'=HYPERLINK(""x"")",`, "'+1,", "'-strategy,", "'@sum,"]);
  });

  it('exports a model table with one line per row plus the header', () => {
    const model = buildReportModel({ ...baseInput, stats: portfolioFixture() });
    const performance = model.sections.find((s) => s.id === 'strategies')!.tables[0];
    const lines = toCsv(performance).split('\r\n');
    expect(lines[0]).toBe('Strategy,Trades,Win rate,Total P/L,Avg win,Avg loss,Profit factor,CAGR,Max DD,Sharpe');
    expect(lines[1]).toBe('"Put spread, ""EMA"" entry",5,0.6,1500,600,533.333333,2.25,0.4,0.01,2.1');
    expect(lines[2]).toBe('"Call spread\nEMA",5,0.6,500,600,533.333333,2.25,0.4,0.01,2.1');
    expect(lines).toHaveLength(4);
  });
});
