// Command line of `sizewise report`: defaults, validation and one-line errors.
import { describe, expect, it } from 'vitest';
import { parseReportArgs } from '../../../cli/commands/report';

describe('parseReportArgs', () => {
  it('applies the defaults', () => {
    expect(parseReportArgs(['log.csv', '--out', 'r.pdf'])).toEqual({
      input: 'log.csv',
      out: 'r.pdf',
      sections: undefined,
      pageSize: 'A4',
      capital: undefined,
      fraction: 0.5,
      name: undefined,
      chromium: undefined,
    });
  });

  it('reads every option', () => {
    const args = parseReportArgs(['w.sizewise', '--out', 'r.pdf', '--sections', 'portfolio, kelly', '--page-size', 'Letter', '--capital', '250,000', '--fraction', '0.25', '--name', 'Mine', '--chromium', '/c']);
    expect(args).toEqual({ input: 'w.sizewise', out: 'r.pdf', sections: ['portfolio', 'kelly'], pageSize: 'Letter', capital: 250_000, fraction: 0.25, name: 'Mine', chromium: '/c' });
  });

  it('rejects bad input with a message naming the option', () => {
    expect(() => parseReportArgs(['log.csv'])).toThrow('report: --out report.pdf is required');
    expect(() => parseReportArgs(['--out', 'r.pdf'])).toThrow('report: missing <tradelog.csv | workspace.sizewise>');
    expect(() => parseReportArgs(['log.csv', '--out', 'r.pdf', '--page-size', 'A3'])).toThrow('--page-size: "A3" is not A4 or Letter');
    expect(() => parseReportArgs(['log.csv', '--out', 'r.pdf', '--sections', 'portfolio,montecarl'])).toThrow('--sections: unknown report section "montecarl"');
    expect(() => parseReportArgs(['log.csv', '--out', 'r.pdf', '--capital', '0'])).toThrow('--capital: "0" is not a number > 0');
    expect(() => parseReportArgs(['log.csv', '--out', 'r.pdf', '--fraction', '3'])).toThrow('--fraction: "3" is not a number ≥ 0 and ≤ 2');
    expect(() => parseReportArgs(['log.csv', '--out', 'r.pdf', '--bogus'])).toThrow(/^report: Unknown option '--bogus'/);
  });
});
