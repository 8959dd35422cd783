/**
 * Dependencies point one way (issue 9 item 4). Reads every TypeScript source (regex on import
 * and export-from lines, comments stripped) and fails on:
 * - a cycle between folders of core/ (core/stats ↔ core/sizing was one);
 * - core importing renderer/, electron/, workers/, cli/ (core/ purity of Node/DOM is core-purity.test.ts);
 * - electron/ importing renderer/, and renderer/ importing electron/ other than electron/shared.
 * Type-only imports count too: a folder cycle through types is still a cycle.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..', '..');
const importPattern = /(?:import|export)\s[^'";]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (name === 'node_modules' || name === 'dist' || name === 'out') return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.(test|d)\.tsx?$/.test(name) ? [full] : [];
  });
}

function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/** Repository-relative paths (posix) of the local modules one file imports. */
function importsOf(file: string): string[] {
  const text = withoutComments(readFileSync(file, 'utf8'));
  const out: string[] = [];
  for (const match of text.matchAll(importPattern)) {
    const specifier = match[1] ?? match[2] ?? match[3];
    if (!specifier.startsWith('.')) continue;
    out.push(relative(root, resolve(dirname(file), specifier)).split(sep).join('/'));
  }
  return out;
}

const AREAS = ['core', 'renderer', 'electron', 'workers', 'cli'];
const files = AREAS.flatMap((area) => sourceFiles(join(root, area))).map((file) => ({ path: relative(root, file).split(sep).join('/'), imports: importsOf(file) }));

/** core/<folder> of a core path (a file directly in core/ is its own folder). */
function coreFolder(path: string): string | null {
  const parts = path.split('/');
  return parts[0] === 'core' ? parts.slice(0, 2).join('/') : null;
}

describe('import graph', () => {
  it('reads the sources', () => {
    expect(files.length).toBeGreaterThan(200);
  });

  it('has no cycle between core folders', () => {
    const edges = new Map<string, Set<string>>();
    for (const file of files) {
      const from = coreFolder(file.path);
      if (!from) continue;
      for (const target of file.imports) {
        const to = coreFolder(target);
        if (to && to !== from) edges.set(from, (edges.get(from) ?? new Set()).add(to));
      }
    }
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (node: string, stack: string[]): void => {
      state.set(node, 'open');
      for (const next of edges.get(node) ?? []) {
        if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next].join(' → '));
        else if (!state.has(next)) visit(next, [...stack, next]);
      }
      state.set(node, 'done');
    };
    for (const node of [...edges.keys()].sort()) if (!state.has(node)) visit(node, [node]);
    expect(cycles).toEqual([]);
  });

  it('keeps directions: core imports nothing outside core; electron and renderer meet only in electron/shared', () => {
    const violations: string[] = [];
    for (const file of files) {
      const area = file.path.split('/')[0];
      for (const target of file.imports) {
        const targetArea = target.split('/')[0];
        if (area === 'core' && targetArea !== 'core') violations.push(`${file.path} → ${target}`);
        if (area === 'electron' && targetArea === 'renderer') violations.push(`${file.path} → ${target}`);
        if (area === 'renderer' && targetArea === 'electron' && !target.startsWith('electron/shared/')) violations.push(`${file.path} → ${target}`);
      }
    }
    expect(violations).toEqual([]);
  });
});
