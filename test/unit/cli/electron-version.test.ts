// Electron is an optionalDependency (plain `npm install` must not fail where its binary cannot
// be downloaded), so its version is stated for the tools that used to read it from
// devDependencies: electronVersion in electron-builder.yml and ELECTRON_MAJOR in
// electron.vite.config.ts. Both must name the version package.json allows and, where the
// package is installed, the installed one.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './run-cli';

const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
const builder = parse(readFileSync(join(repoRoot, 'electron-builder.yml'), 'utf8')) as { electronVersion: string };
const viteConfig = readFileSync(join(repoRoot, 'electron.vite.config.ts'), 'utf8');
const installed = join(repoRoot, 'node_modules', 'electron', 'package.json');

describe('the Electron version, stated once per tool', () => {
  it('electron is only an optional dependency', () => {
    expect(pkg.optionalDependencies?.electron).toBe('^40.8.5');
    expect(pkg.devDependencies?.electron).toBeUndefined();
    expect(pkg.dependencies?.electron).toBeUndefined();
  });

  it('electron-builder and electron-vite name the same version as package.json', () => {
    expect(builder.electronVersion).toBe('40.8.5');
    expect(viteConfig).toContain("export const ELECTRON_MAJOR = '40';");
  });

  it.skipIf(!existsSync(installed))('and the installed electron package', () => {
    expect((JSON.parse(readFileSync(installed, 'utf8')) as { version: string }).version).toBe(builder.electronVersion);
  });
});
