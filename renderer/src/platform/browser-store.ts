/**
 * Persistence for the browser platform: a tiny IndexedDB key-value store for file bytes
 * (recent workspaces, the recovery copy) and localStorage for the recent-files list.
 */

const DB_NAME = 'sizewise';
const STORE = 'files';
const RECENT_KEY = 'sizewise.recent';
const RECENT_LIMIT = 10;

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function withStore<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest): Promise<T> {
  const db = await openDatabase();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = action(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result as T);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

export async function putBytes(key: string, bytes: Uint8Array): Promise<void> {
  await withStore<IDBValidKey>('readwrite', (store) => store.put(bytes, key));
}

export async function getBytes(key: string): Promise<Uint8Array | null> {
  const value = await withStore<unknown>('readonly', (store) => store.get(key));
  return value instanceof Uint8Array ? value : null;
}

export async function deleteBytes(key: string): Promise<void> {
  await withStore<undefined>('readwrite', (store) => store.delete(key));
}

export interface StoredRecent {
  name: string;
  token: string;
}

export function readRecentList(): StoredRecent[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(RECENT_KEY) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed.filter((entry): entry is StoredRecent => typeof entry?.name === 'string' && typeof entry?.token === 'string');
  } catch {
    return [];
  }
}

/** Moves `entry` to the top of the list; returns the tokens that fell off the end. */
export function rememberRecent(entry: StoredRecent): string[] {
  const list = [entry, ...readRecentList().filter((item) => item.token !== entry.token)];
  localStorage.setItem(RECENT_KEY, JSON.stringify(list.slice(0, RECENT_LIMIT)));
  return list.slice(RECENT_LIMIT).map((item) => item.token);
}

export function forgetRecent(token: string): void {
  localStorage.setItem(RECENT_KEY, JSON.stringify(readRecentList().filter((item) => item.token !== token)));
}
