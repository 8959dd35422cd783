// electron-builder.yml: parsed with `yaml`, checked against electron-builder's own schema
// (app-builder-lib's validateConfiguration, no Electron binary needed), then the keys this app
// relies on: app id, product name, output folder, asar, files, the .sizewise association,
// Linux/macOS/Windows targets, and icon files that exist and have the right pixel sizes.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const config = parse(readFileSync(resolve(repoRoot, 'electron-builder.yml'), 'utf8'));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('electron-builder.yml', () => {
  it("passes electron-builder's own configuration schema", async () => {
    const requireFromBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder'));
    const { validateConfiguration } = requireFromBuilder('app-builder-lib/out/util/config/config.js');
    const { DebugLogger } = requireFromBuilder('builder-util');
    await expect(validateConfiguration(structuredClone(config), new DebugLogger(false))).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...structuredClone(config), linux: { target: 'AppImage', notAnOption: true } }, new DebugLogger(false))).rejects.toThrow(
      'Invalid configuration object',
    );
  });

  it('names the app and packs the built output in an asar', () => {
    expect(config.appId).toBe('app.sizewise.desktop');
    expect(config.productName).toBe('Sizewise');
    expect(config.directories.output).toBe('release');
    // Everything is bundled into out/: no node_modules (the CLI's runtime libraries and the optional electron stay out).
    expect(config.files).toEqual(['out/**', 'package.json', '!node_modules']);
    expect(config.asar).toBe(true);
    // The sql.js wasm is a Vite asset inside out/renderer, served by app:// from the asar.
    expect(config.asarUnpack).toBeUndefined();
  });

  it('declares the .sizewise file association', () => {
    expect(config.fileAssociations).toEqual([
      { ext: 'sizewise', name: 'Sizewise workspace', description: 'Sizewise workspace', role: 'Editor', mimeType: 'application/x-sizewise' },
    ]);
    expect(config.nsis.perMachine).toBe(true); // Windows registers associations per machine only
  });

  it('builds AppImage and deb for Linux, dmg for macOS, nsis for Windows', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Office;Finance');
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.win.target).toEqual(['nsis']);
  });

  it('uses icons that exist: a folder of sized PNGs for Linux, 512 px for macOS, 256 px for Windows', () => {
    const linuxIcons = resolve(repoRoot, config.linux.icon);
    expect(pngSize(resolve(linuxIcons, '512x512.png'))).toEqual({ width: 512, height: 512 });
    expect(pngSize(resolve(linuxIcons, '256x256.png'))).toEqual({ width: 256, height: 256 });
    expect(pngSize(resolve(repoRoot, config.mac.icon))).toEqual({ width: 512, height: 512 });
    expect(pngSize(resolve(repoRoot, config.win.icon))).toEqual({ width: 256, height: 256 });
    expect(existsSync(resolve(repoRoot, 'resources/icons/generate-icons.mjs'))).toBe(true);
  });

  it('packages the entry point package.json names, and `npm run dist` builds first', () => {
    const pkg = JSON.parse(readFileSync(resolve(repoRoot, 'package.json'), 'utf8'));
    expect(pkg.main).toBe('out/main/index.js');
    expect(pkg.scripts.dist).toBe('electron-vite build && electron-builder --config electron-builder.yml');
  });
});
