/**
 * What main checks before it writes a file for the renderer, so a compromised or buggy page
 * cannot destroy a user's file through a valid IPC call:
 * - workspace bytes (`workspace:save`, `recovery:write`) must be a complete SQLite file
 *   (core/db/sqlite-header: not empty, the SQLite magic, as long as its header says) and at
 *   most the workspace size limit; checked before any dialog or write;
 * - suggested file names are sanitized for every platform: `:` `/` `\` `<` `>` `"` `|` `?`
 *   `*`, control characters and bidi overrides (U+202A–U+202E, U+2066–U+2069) become `_`,
 *   leading/trailing dots and spaces go, Windows device names (CON, PRN, AUX, NUL, COM1–9,
 *   LPT1–9, with any extension) get a `_` prefix, and the name is cut to 120 characters;
 * - each export kind has its fixed extensions (pdf, csv, png, sizewise).
 */
import { checkSqliteHeader } from '../../core/db/sqlite-header';

/** Extensions a file of each export kind may get. */
export const EXPORT_EXTENSIONS = {
  workspace: ['sizewise'],
  pdf: ['pdf'],
  csv: ['csv'],
  png: ['png'],
} as const;

/** Extensions `export:save-text` accepts (text exports are CSV tables). */
export const TEXT_EXPORT_EXTENSIONS: readonly string[] = EXPORT_EXTENSIONS.csv;

/** Longest file name main suggests in a save dialog (characters, extension included). */
export const MAX_FILE_NAME_CHARS = 120;

const UNSAFE_CHARS = /[:/\\<>"|?*\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Throws (before anything is written) unless `bytes` is a complete SQLite file within `limit` bytes. */
export function assertWorkspaceBytes(bytes: Uint8Array, limit: number, what: string): void {
  if (bytes.length > limit) {
    throw new Error(`Refused to write the ${what}: ${formatMegabytes(bytes.length)} is above the ${formatMegabytes(limit)} limit. Nothing was written.`);
  }
  const problem = checkSqliteHeader(bytes);
  if (problem) throw new Error(`Refused to write the ${what}: the data is not a complete Sizewise workspace (${problem.message}) Nothing was written.`);
}

/** A file name safe on Windows, macOS and Linux, `fallback` when nothing usable is left. */
export function sanitizeFileName(name: string, fallback = 'Sizewise'): string {
  let safe = name.normalize('NFC').replace(UNSAFE_CHARS, '_');
  safe = safe.replace(/^[\s.]+|[\s.]+$/g, '');
  if (safe.replace(/_/g, '') === '') safe = fallback;
  if (WINDOWS_DEVICE.test(safe)) safe = `_${safe}`;
  if (safe.length > MAX_FILE_NAME_CHARS) {
    const dot = safe.lastIndexOf('.');
    const extension = dot > 0 && safe.length - dot <= 12 ? safe.slice(dot) : '';
    let stem = safe.slice(0, MAX_FILE_NAME_CHARS - extension.length);
    const last = stem.charCodeAt(stem.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) stem = stem.slice(0, -1);
    safe = stem.replace(/[\s.]+$/, '') + extension;
  }
  return safe;
}

/** Throws unless every requested extension is allowed for the export kind. */
export function assertExtensions(requested: readonly string[], allowed: readonly string[], kind: string): void {
  const refused = requested.filter((extension) => !allowed.includes(extension.toLowerCase()));
  if (refused.length) throw new Error(`Refused to export ${kind} as .${refused.join(', .')}: only .${allowed.join(', .')} is allowed.`);
}
