/**
 * Opaque file tokens and the recent-files list. The renderer never sees a path: main maps
 * random tokens to the paths the user chose (dialog, recent list, OS file association), and
 * every handler resolves a token here, rejecting unknown ones and tokens of the wrong kind
 * (an imported CSV can never be the target of a workspace save). The recent list (the last
 * 10 workspaces) persists in `userData/recent.json`; it only ever holds absolute paths of
 * `.sizewise` files, and entries whose file no longer exists are dropped when it is loaded.
 */
import { basename, isAbsolute } from 'node:path';
import { z } from 'zod';
import type { RecentFile } from '../shared/payloads';
import type { FileOps } from './file-ops';

export type FileKind = 'workspace' | 'import';

export const MAX_RECENT_FILES = 10;

const recentFileSchema = z.object({ version: z.literal(1), paths: z.array(z.string().min(1)) });

/** Only absolute paths of `.sizewise` files ever enter the recent list. */
export function isWorkspacePath(path: string): boolean {
  return isAbsolute(path) && path.toLowerCase().endsWith('.sizewise') && !path.includes('\0');
}

export interface FileSessionDeps {
  files: FileOps;
  /** Where the recent list is persisted (`userData/recent.json`). */
  recentListPath: string;
  randomId: () => string;
}

export class FileSession {
  private readonly byToken = new Map<string, { path: string; kind: FileKind }>();
  private readonly byKey = new Map<string, string>();
  private recentPaths: string[] = [];
  private readonly recentListeners = new Set<() => void>();

  private constructor(private readonly deps: FileSessionDeps) {}

  /** A session with the persisted recent list (an unreadable or foreign list starts empty). */
  static async load(deps: FileSessionDeps): Promise<FileSession> {
    const session = new FileSession(deps);
    try {
      const text = new TextDecoder().decode(await deps.files.readFile(deps.recentListPath));
      const parsed = recentFileSchema.safeParse(JSON.parse(text));
      if (parsed.success) {
        const kept: string[] = [];
        for (const path of dedupe(parsed.data.paths).filter(isWorkspacePath)) {
          if (kept.length === MAX_RECENT_FILES) break;
          if ((await deps.files.stat(path).catch(() => null))?.isFile) kept.push(path);
        }
        session.recentPaths = kept;
      }
    } catch {
      // no list yet, or a damaged one: start with an empty list
    }
    return session;
  }

  /** The token for `path` (the same path and kind always get the same token in a session). */
  issue(path: string, kind: FileKind): string {
    const key = `${kind}\0${path}`;
    const existing = this.byKey.get(key);
    if (existing) return existing;
    const token = this.deps.randomId();
    this.byToken.set(token, { path, kind });
    this.byKey.set(key, token);
    return token;
  }

  /** The path behind a token; throws for a token main never issued or of another kind. */
  resolve(token: string, kind: FileKind): string {
    const entry = this.byToken.get(token);
    if (!entry) throw new Error('Unknown file token: the file was not chosen in a dialog, the recent list or by the OS.');
    if (entry.kind !== kind) throw new Error(`This file token belongs to an ${entry.kind} file and cannot be used as a ${kind}.`);
    return entry.path;
  }

  listRecent(): RecentFile[] {
    return this.recentPaths.map((path) => ({ name: basename(path), token: this.issue(path, 'workspace') }));
  }

  /** Put `path` at the top of the recent list (capped at 10) and persist it. */
  async addRecent(path: string): Promise<void> {
    if (!isWorkspacePath(path)) return;
    await this.setRecent(dedupe([path, ...this.recentPaths]).slice(0, MAX_RECENT_FILES));
  }

  async removeRecent(path: string): Promise<void> {
    await this.setRecent(this.recentPaths.filter((candidate) => candidate !== path));
  }

  async clearRecent(): Promise<void> {
    await this.setRecent([]);
  }

  /** Called after every change of the recent list (main rebuilds the Open Recent menu). */
  onRecentChanged(listener: () => void): () => void {
    this.recentListeners.add(listener);
    return () => this.recentListeners.delete(listener);
  }

  private async setRecent(paths: string[]): Promise<void> {
    const changed = paths.length !== this.recentPaths.length || paths.some((path, index) => path !== this.recentPaths[index]);
    if (!changed) return;
    this.recentPaths = paths;
    const text = `${JSON.stringify({ version: 1, paths }, null, 2)}\n`;
    await this.deps.files.writeFileAtomic(this.deps.recentListPath, new TextEncoder().encode(text));
    for (const listener of this.recentListeners) listener();
  }
}

function dedupe(paths: string[]): string[] {
  return [...new Set(paths)];
}
