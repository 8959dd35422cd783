/**
 * Names of the allocation's columns (issue 19 "Inputs"): a strategy keeps its name; a log whose
 * strategy column is blank (imported as "Unknown" or '') is named after its file without the
 * extension (`pickle-ric`); an asset is named after its price file (`SPY`) or its column. Two
 * columns with the same name are told apart by their file names: `name (file)`.
 */

export function fileStem(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

export function strategyName(strategy: string, file: string): string {
  const trimmed = strategy.trim();
  return trimmed === '' || trimmed === 'Unknown' ? fileStem(file) : trimmed;
}

/** Unique display names, in order: duplicates get ` (file)`, and a counter if still equal. */
export function uniqueNames(items: readonly { name: string; file: string }[]): string[] {
  const count = new Map<string, number>();
  for (const it of items) count.set(it.name, (count.get(it.name) ?? 0) + 1);
  const used = new Set<string>();
  return items.map((it) => {
    let name = (count.get(it.name) ?? 0) > 1 ? `${it.name} (${it.file.split(/[\\/]/).pop()})` : it.name;
    for (let k = 2; used.has(name); k++) name = `${it.name} (${it.file.split(/[\\/]/).pop()} #${k})`;
    used.add(name);
    return name;
  });
}
