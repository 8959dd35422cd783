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
      fraction: undefined,
      trials: undefined,
      name: undefined,
      chromium: undefined,
      rules: undefined,
      mcPaths: 10_000,
      mcSeed: 1,
    });
  });

  it('reads every option', () => {
    const args = parseReportArgs(['w.sizewise', '--out', 'r.pdf', '--sections', 'portfolio, kelly', '--page-size', 'Letter', '--capital', '250,000', '--fraction', '0.25', '--name', 'Mine', '--chromium', '/c']);
    expect(args).toEqual({ input: 'w.sizewise', out: 'r.pdf', sections: ['portfolio', 'kelly'], pageSize: 'Letter', capital: 250_000, fraction: 0.25, trials: undefined, name: 'Mine', chromium: '/c', rules: undefined, mcPaths: 10_000, mcSeed: 1 });
  });

  it('reads the replay rules and the Monte Carlo paths and seed', () => {
    const args = parseReportArgs(['log.csv', '--out', 'r.pdf', '--rules', 'log, fraction:0.02:margin,vol-target:0.15', '--mc-paths', '2,000', '--mc-seed=7']);
    expect([args.rules, args.mcPaths, args.mcSeed]).toEqual([['log', 'fraction:0.02:margin', 'vol-target:0.15'], 2000, 7]);
  });

  it('rejects bad rules, paths and seeds naming the option', () => {
    expect(() => parseReportArgs(['log.csv', '--out', 'r.pdf', '--rules', 'log,kelly:3'])).toThrow('rule "kelly:3": FRACTION is a fraction of full Kelly (0.5 = half Kelly) and at most 2, got 3');
    expect(() => parseReportArgs(['log.csv', '--out', 'r.pdf', '--rules', ' , '])).toThrow('--rules: name 1 to 8 rules, got 0');
    expect(() => parseReportArgs(['log.csv', '--out', 'r.pdf', '--rules', Array(9).fill('log').join(',')])).toThrow('--rules: name 1 to 8 rules, got 9');
    expect(() => parseReportArgs(['log.csv', '--out', 'r.pdf', '--mc-paths', '0'])).toThrow('--mc-paths: "0" is not a whole number ≥ 1 and ≤ 10,000,000');
    expect(() => parseReportArgs(['log.csv', '--out', 'r.pdf', '--mc-seed=-7'])).toThrow('--mc-seed');
    expect(() => parseReportArgs(['log.csv', '--out', 'r.pdf', '--mc-seed', '1.5'])).toThrow('--mc-seed: "1.5" is not a whole number');
  });

  it('rejects bad input with a message naming the option', () => {
    expect(parseReportArgs(['log.csv']).out).toBeUndefined(); // no PDF: the model (with --json)
    expect(() => parseReportArgs(['log.csv', '--out', ''])).toThrow('report: --out needs a file name');
    expect(() => parseReportArgs(['log.csv', '--trials', '0'])).toThrow('--trials: "0" is not a whole number ≥ 1');
    expect(() => parseReportArgs(['--out', 'r.pdf'])).toThrow('report: missing <tradelog.csv | workspace.sizewise>');
    expect(() => parseReportArgs(['log.csv', '--out', 'r.pdf', '--page-size', 'A3'])).toThrow('--page-size: "A3" is not A4 or Letter');
    expect(() => parseReportArgs(['log.csv', '--out', 'r.pdf', '--sections', 'portfolio,montecarl'])).toThrow('--sections: unknown report section "montecarl"');
    expect(() => parseReportArgs(['log.csv', '--out', 'r.pdf', '--capital', '0'])).toThrow('--capital: "0" is not a number > 0');
    expect(() => parseReportArgs(['log.csv', '--out', 'r.pdf', '--fraction', '3'])).toThrow('--fraction: "3" is not a number ≥ 0 and ≤ 2');
    expect(() => parseReportArgs(['log.csv', '--out', 'r.pdf', '--bogus'])).toThrow(/^report: Unknown option '--bogus'/);
  });
});
