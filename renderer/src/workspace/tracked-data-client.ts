/**
 * The data client the pages get: the same worker client, except that a successful call of a
 * method that changes the workspace file's content (settings, saved scenarios, allocator
 * runs, remembered column mappings) reports the change, so the workspace turns dirty and the
 * recovery autosave starts counting. Imports and New/Open are tracked by the workspace
 * controller itself.
 */
import type { DataApi } from '../../../workers/data-api';

/** DataApi methods that write to the open workspace database. */
export const MUTATING_METHODS: ReadonlySet<keyof DataApi> = new Set<keyof DataApi>(['setSettings', 'saveMapping', 'saveScenario', 'deleteScenario', 'saveAllocatorRun', 'applyLiveMultipliers', 'saveBetRun', 'allocation', 'learnAllocator']);

/** Methods that write only on some results: an allocation writes the workspace's count of configurations tried when its walk-forward ran. */
const WROTE: Partial<Record<keyof DataApi, (result: unknown) => boolean>> = {
  // A finished learned-allocator run adds its configurations to the same count.
  learnAllocator: (result) => (result as { ok?: boolean } | null)?.ok === true,
  allocation: (result) => {
    const outcome = result as { ok?: boolean; value?: { trialsAdded?: number } } | null;
    return outcome?.ok === true && (outcome.value?.trialsAdded ?? 0) > 0;
  },
};

export function trackMutations<Client extends object>(client: Client, onChange: () => void): Client {
  return new Proxy(client, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof property !== 'string' || !MUTATING_METHODS.has(property as keyof DataApi) || typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        const result: unknown = await Reflect.apply(value as (...params: unknown[]) => Promise<unknown>, target, args);
        const wrote = WROTE[property as keyof DataApi];
        if (!wrote || wrote(result)) onChange();
        return result;
      };
    },
  });
}
