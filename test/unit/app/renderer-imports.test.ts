/**
 * The renderer draws; it does not compute. This test reads every renderer source file and
 * fails on an import of a runtime value from core/ other than formatting, conventions and
 * constants (type-only imports are fine). Allowed: anything from core/format and
 * core/conventions (when they exist), ALL_CAPS constants, and the named formatting and
 * typed-input helpers below (parsing and checking what the user types, not computing on
 * trades). A computation (prepareReplayInput, buildMonteCarloConfig, computeStats, …) in the
 * renderer fails here: it belongs in core/app, called by the data worker.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..', '..');
const rendererDir = join(root, 'renderer', 'src');

const ALLOWED_MODULES = [/\/core\/format(\/|$)/, /\/core\/conventions(\/|$)/];
const CONSTANT = /^[A-Z][A-Z0-9_]*$/;
/** Formatting of numbers and report cells, and the report page geometry. */
const FORMATTING = new Set(['formatCell', 'formatNumber', 'toCsv', 'numberCell', 'contentWidthMm', 'formatRuleSpec', 'reportFooterCss']);
/** Parsing and checking typed input, and the stored settings records of the Sizing, Live vs backtest and Allocate pages and the risk-free setting. */
const TYPED_INPUT = new Set(['parseRuleSpec', 'validateReplaySettings', 'defaultReplaySettings', 'restoreSizingSettings', 'sizingRequest', 'fractionOf', 'restoreLiveSettings', 'restoreRiskFreeSetting', 'restoreAllocationSettings']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

/** Runtime names imported (or re-exported) from core/ by one file, with the module. */
export function runtimeCoreImports(text: string): { module: string; name: string }[] {
  const found: { module: string; name: string }[] = [];
  const statement = /(import|export)\s+(type\s+)?([\s\S]*?)\s+from\s+['"]([^'"]+)['"]/g;
  for (const match of text.matchAll(statement)) {
    const [, , typeOnly, clause, module] = match;
    if (!/(^|\/)core\//.test(module) || typeOnly) continue;
    const named = /\{([\s\S]*)\}/.exec(clause);
    const names: string[] = [];
    if (named) {
      for (const part of named[1].split(',')) {
        const item = part.trim();
        if (!item || item.startsWith('type ')) continue;
        names.push(item.split(/\s+as\s+/)[0].trim());
      }
    }
    const rest = clause.replace(/\{[\s\S]*\}/, '').replace(/,/g, ' ').trim();
    if (rest) names.push(rest); // default or namespace import: a runtime value
    for (const name of names) found.push({ module, name });
  }
  return found;
}

function allowed(module: string, name: string): boolean {
  return ALLOWED_MODULES.some((m) => m.test(module)) || CONSTANT.test(name) || FORMATTING.has(name) || TYPED_INPUT.has(name);
}

describe('renderer imports from core/', () => {
  it('recognises runtime and type-only imports', () => {
    const sample = `import type { A } from '../../core/x';\nimport { type B, buildMonteCarloConfig } from '../../core/montecarlo';\nimport * as stats from '../core/stats';\nexport { fractionOf, type S } from '../../core/app/sizing-settings';`;
    expect(runtimeCoreImports(sample)).toEqual([
      { module: '../../core/montecarlo', name: 'buildMonteCarloConfig' },
      { module: '../core/stats', name: '* as stats' },
      { module: '../../core/app/sizing-settings', name: 'fractionOf' },
    ]);
  });

  it('holds only formatting, conventions, constants and typed-input checks', () => {
    const offending = sourceFiles(rendererDir).flatMap((file) =>
      runtimeCoreImports(readFileSync(file, 'utf8'))
        .filter(({ module, name }) => !allowed(module, name))
        .map(({ module, name }) => `${relative(root, file)}: ${name} from ${module}`),
    );
    expect(offending).toEqual([]);
  });

  it('never pulls trades, daily rows or reporting trades out of the data worker', () => {
    const pulls = sourceFiles(rendererDir).filter((file) => /\b(data|client)\.(trades|daily|reporting)\(/.test(readFileSync(file, 'utf8')));
    expect(pulls.map((file) => relative(root, file))).toEqual([]);
  });
});
