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
const domGlobals = /\b(document|window|localStorage|sessionStorage|navigator\.|HTMLElement|process\.(env|argv|cwd|exit))\b/;

function forbiddenReason(specifier: string): string | null {
  if (specifier.startsWith('node:')) return 'Node builtin';
  const root = specifier.split('/')[0];
  if (NODE_BUILTINS.includes(root)) return 'Node builtin';
  if (FORBIDDEN_PACKAGES.includes(root)) return `platform/UI package ${root}`;
  return null;
}

/** Strips comments so a doc comment mentioning `window` does not count. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

describe('core purity', () => {
  const files = sourceFiles(coreDir);

  it('finds the core sources', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it('imports nothing from Node, Electron, React or the DOM', () => {
    const violations: string[] = [];
    for (const file of files) {
      const text = code(readFileSync(file, 'utf8'));
      for (const match of text.matchAll(importPattern)) {
        const specifier = match[1] ?? match[2] ?? match[3];
        const reason = forbiddenReason(specifier);
        if (reason) violations.push(`${relative(coreDir, file)} imports ${specifier} (${reason})`);
      }
      const dom = text.match(domGlobals);
      if (dom) violations.push(`${relative(coreDir, file)} uses ${dom[0]}`);
    }
    expect(violations).toEqual([]);
  });

  it('flags a forbidden import (the check itself works)', () => {
    expect(forbiddenReason('node:fs')).toBe('Node builtin');
    expect(forbiddenReason('fs/promises')).toBe('Node builtin');
    expect(forbiddenReason('electron')).toContain('electron');
    expect(forbiddenReason('../model/trade')).toBeNull();
    expect(forbiddenReason('sql.js')).toBeNull();
    expect('const x = document.body').toMatch(domGlobals);
  });
});
