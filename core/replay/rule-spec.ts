/**
 * Sizing-rule specs shared by the CLI (`--rule fraction:0.05:margin`) and the UI:
 * `fixed:N`, `dollar-risk:AMOUNT[:basis]`, `fraction:F[:basis]`, `kelly:FRACTION[:basis]`,
 * `vol-target:ANNUAL_VOL`, `optimal-f`, `log`, `per-strategy:NAME=N,NAME=N` (strategy names
 * URI-encoded, so a name may hold ':', ',' or '='); basis = avg-loss (default) | max-loss | margin.
 * Numbers are read by the one strict parser (core/format/typed-number): `kelly:0x1`, `fixed:1e3`
 * are refused; a rule is written back without exponent, so it always parses back.
 */
import { z } from 'zod';
import { decimalText, parseStrictNumber } from '../format/typed-number';
import type { RiskBasis, SizingRule } from './types';

export type RuleSpecResult = { ok: true; rule: SizingRule } | { ok: false; message: string };

const BASES: RiskBasis[] = ['avg-loss', 'max-loss', 'margin'];
export const RULE_SPEC_HELP = 'fixed:N, dollar-risk:AMOUNT[:basis], fraction:F[:basis], kelly:FRACTION[:basis], vol-target:ANNUAL_VOL, optimal-f, log, per-strategy:NAME=N,... (URI-encoded names) (basis: avg-loss, max-loss, margin)';

function fail(spec: string, problem: string): RuleSpecResult {
  return { ok: false, message: `rule "${spec}": ${problem}` };
}

export function parseRuleSpec(spec: string): RuleSpecResult {
  const parts = spec.trim().split(':').map((part) => part.trim());
  const kind = parts[0].toLowerCase();
  const arity = (min: number, max: number) => parts.length - 1 >= min && parts.length - 1 <= max;
  const positive = (text: string, what: string): number | string => {
    const value = parseStrictNumber(text);
    return value !== null && value > 0 ? value : `${what} must be a positive number, got "${text}"`;
  };
  const basisOf = (text: string | undefined): RiskBasis | string =>
    text === undefined ? 'avg-loss' : (BASES as string[]).includes(text) ? (text as RiskBasis) : `unknown basis "${text}" (bases: ${BASES.join(', ')})`;

  switch (kind) {
    case 'fixed': {
      if (!arity(1, 1)) return fail(spec, 'expected fixed:N');
      const n = parseStrictNumber(parts[1]);
      if (n === null || !Number.isInteger(n) || n < 1) return fail(spec, `N must be a whole number of contracts ≥ 1, got "${parts[1]}"`);
      return { ok: true, rule: { kind: 'fixed', contracts: n } };
    }
    case 'dollar-risk':
    case 'fraction':
    case 'kelly': {
      const what = kind === 'dollar-risk' ? 'AMOUNT' : kind === 'fraction' ? 'F' : 'FRACTION';
      if (!arity(1, 2)) return fail(spec, `expected ${kind}:${what}[:basis]`);
      const value = positive(parts[1], what);
      if (typeof value === 'string') return fail(spec, value);
      if (kind === 'fraction' && value > 1) return fail(spec, `F is a fraction of equity (0.05 = 5%) and at most 1, got ${value}`);
      if (kind === 'kelly' && value > 2) return fail(spec, `FRACTION is a fraction of full Kelly (0.5 = half Kelly) and at most 2, got ${value}`);
      const basis = basisOf(parts[2]);
      if (!(BASES as string[]).includes(basis)) return fail(spec, basis);
      const b = basis as RiskBasis;
      if (kind === 'dollar-risk') return { ok: true, rule: { kind, amount: value, basis: b } };
      if (kind === 'fraction') return { ok: true, rule: { kind, fraction: value, basis: b } };
      return { ok: true, rule: { kind, multiplier: value, basis: b } };
    }
    case 'vol-target': {
      if (!arity(1, 1)) return fail(spec, 'expected vol-target:ANNUAL_VOL (0.15 = 15% a year)');
      const value = positive(parts[1], 'ANNUAL_VOL');
      if (typeof value === 'string') return fail(spec, value);
      if (value > 10) return fail(spec, `ANNUAL_VOL is a fraction (0.15 = 15%), got ${value}`);
      return { ok: true, rule: { kind: 'vol-target', annualVol: value } };
    }
    case 'per-strategy': {
      if (!arity(1, 1) || parts[1] === '') return fail(spec, 'expected per-strategy:NAME=N,NAME=N (names URI-encoded)');
      const contracts: Record<string, number> = {};
      for (const entry of parts[1].split(',')) {
        const [encoded, count, extra] = entry.split('=');
        let name: string;
        try {
          name = decodeURIComponent(encoded ?? '');
        } catch {
          return fail(spec, `strategy name "${encoded}" is not URI-encoded text`);
        }
        if (name === '' || count === undefined || extra !== undefined) return fail(spec, `expected NAME=N, got "${entry}"`);
        if (Object.hasOwn(contracts, name)) return fail(spec, `strategy "${name}" is named twice`);
        const n = parseStrictNumber(count);
        if (n === null || !Number.isInteger(n) || n < 0) return fail(spec, `contracts of "${name}" must be a whole number ≥ 0, got "${count}"`);
        contracts[name] = n;
      }
      return { ok: true, rule: { kind: 'per-strategy', contracts } };
    }
    case 'optimal-f':
    case 'log':
      if (!arity(0, 0)) return fail(spec, `${kind} takes no parameters`);
      return { ok: true, rule: { kind } };
    default:
      return fail(spec, `unknown rule "${parts[0]}" (rules: ${RULE_SPEC_HELP})`);
  }
}

/** The canonical spec of a rule (basis always written): parseRuleSpec(formatRuleSpec(r)) equals r. */
export function formatRuleSpec(rule: SizingRule): string {
  switch (rule.kind) {
    case 'fixed':
      return `fixed:${decimalText(rule.contracts)}`;
    case 'dollar-risk':
      return `dollar-risk:${decimalText(rule.amount)}:${rule.basis}`;
    case 'fraction':
      return `fraction:${decimalText(rule.fraction)}:${rule.basis}`;
    case 'kelly':
      return `kelly:${decimalText(rule.multiplier)}:${rule.basis}`;
    case 'vol-target':
      return `vol-target:${decimalText(rule.annualVol)}`;
    case 'per-strategy':
      return `per-strategy:${Object.entries(rule.contracts)
        .map(([name, n]) => `${encodeURIComponent(name)}=${decimalText(n)}`)
        .join(',')}`;
    case 'optimal-f':
    case 'log':
      return rule.kind;
  }
}

/** A sizing rule of known shape and valid values (of unknown origin: stored, sent to a worker): its spec parses back to it. */
export function isValidSizingRule(value: unknown): value is SizingRule {
  if (typeof value !== 'object' || value === null) return false;
  try {
    const parsed = parseRuleSpec(formatRuleSpec(value as SizingRule));
    return parsed.ok && JSON.stringify(parsed.rule) === JSON.stringify(value);
  } catch {
    return false;
  }
}

/** The zod check of a sizing rule (worker requests, Monte Carlo options). */
export const sizingRuleSchema = z.unknown().superRefine((value, ctx) => {
  if (!isValidSizingRule(value)) ctx.addIssue({ code: 'custom', message: `sizing rule is not valid: ${JSON.stringify(value) ?? String(value)}` });
});

/** A rule spec for reading (tables, notes): per-strategy contracts as "per strategy: CCS 6, PCS 0" (names decoded); any other spec as written. */
export function readableRuleSpec(spec: string): string {
  const parsed = parseRuleSpec(spec);
  if (!parsed.ok || parsed.rule.kind !== 'per-strategy') return spec;
  return `per strategy: ${Object.entries(parsed.rule.contracts)
    .map(([name, n]) => `${name} ${n}`)
    .join(', ')}`;
}
