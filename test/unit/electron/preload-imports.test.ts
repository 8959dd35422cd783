// A sandboxed preload can only require 'electron': its source files may import nothing else
// at runtime (type-only imports are erased). Checked statically over the preload's import graph.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Runtime import specifiers of a TypeScript file (skips `import type`). */
function runtimeImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/^import\s+(?!type\s)[^'"]*?from\s+'([^']+)';?$|^import\s+'([^']+)';?$/gm)].map((match) => match[1] ?? match[2]);
}

function importGraph(entry: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const visit = (file: string) => {
    if (graph.has(file)) return;
    const imports = runtimeImports(file);
    graph.set(file, imports);
    for (const specifier of imports) if (specifier.startsWith('.')) visit(resolve(dirname(file), `${specifier}.ts`));
  };
  visit(entry);
  return graph;
}

describe('preload imports', () => {
  it("reach only 'electron' and the dependency-free channel list", () => {
    const graph = importGraph(resolve(repoRoot, 'electron/preload/index.ts'));
    const files = [...graph.keys()].map((file) => file.slice(repoRoot.length + 1)).sort();
    expect(files).toEqual(['electron/preload/bridge.ts', 'electron/preload/index.ts', 'electron/shared/channels.ts']);
    const packages = [...new Set([...graph.values()].flat().filter((specifier) => !specifier.startsWith('.')))];
    expect(packages).toEqual(['electron']);
  });
});
