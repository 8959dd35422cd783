/**
 * core/ is the platform-free domain: it must not import Node builtins, Electron, React or
 * DOM-only APIs. This test reads every core source file and fails on a forbidden import or
 * a DOM global, so a violation cannot land unnoticed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const coreDir = join(__dirname, '..', '..', 'core');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

const NODE_BUILTINS = ['fs', 'path', 'os', 'child_process', 'worker_threads', 'crypto', 'http', 'https', 'net', 'stream', 'url', 'util', 'zlib', 'buffer', 'events', 'process'];
const FORBIDDEN_PACKAGES = ['electron', 'react', 'react-dom', 'echarts', 'comlink'];
const importPattern = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;
const domGlobals = /(?<![.\w$])(document\.|window\.|globalThis\.(document|window)|localStorage\b|sessionStorage\b|navigator\.|HTMLElement\b|process\.(env|argv|cwd|exit)\b)/;

function forbiddenReason(specifier: string): string | null {
  if (specifier.startsWith('node:')) return 'Node builtin';
  const root = specifier.split('/')[0];
  if (NODE_BUILTINS.includes(root)) return 'Node builtin';
  if (FORBIDDEN_PACKAGES.includes(root)) return `platform/UI package ${root}`;
  return null;
}

/** Strips comments, so a doc comment mentioning `window.` does not count. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

/** Also strips string literals: prose in a message is not a use of a DOM global. */
function withoutStrings(text: string): string {
  return text.replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
}

/** Every violation in one source text. */
function violationsIn(name: string, source: string): string[] {
  const text = withoutComments(source);
  const found: string[] = [];
  for (const match of text.matchAll(importPattern)) {
    const specifier = match[1] ?? match[2] ?? match[3];
    const reason = forbiddenReason(specifier);
    if (reason) found.push(`${name} imports ${specifier} (${reason})`);
  }
  const dom = withoutStrings(text).match(domGlobals);
  if (dom) found.push(`${name} uses ${dom[0]}`);
  return found;
}

describe('core purity', () => {
  const files = sourceFiles(coreDir);

  it('finds the core sources', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it('imports nothing from Node, Electron, React or the DOM', () => {
    const violations = files.flatMap((file) => violationsIn(relative(coreDir, file), readFileSync(file, 'utf8')));
    expect(violations).toEqual([]);
  });

  it('flags a forbidden import or DOM use (the check itself works)', () => {
    expect(violationsIn('a.ts', "import { readFileSync } from 'node:fs';")).toHaveLength(1);
    expect(violationsIn('b.ts', "import { app } from 'electron';")).toHaveLength(1);
    expect(violationsIn('c.ts', "const el = document.body;")).toHaveLength(1);
    expect(violationsIn('d.ts', "import type { Trade } from '../model/trade';\n// window.alert in a comment\nconst m = 'the recent window.';")).toEqual([]);
    // A property of core's own objects named like a DOM global (the live comparison's window) is not the DOM.
    expect(violationsIn('e.ts', 'const from = result.window.from;')).toEqual([]);
    expect(violationsIn('f.ts', 'window.alert(1);')).not.toEqual([]);
    expect(violationsIn('e.ts', "import initSqlJs from 'sql.js';")).toEqual([]);
  });
});
