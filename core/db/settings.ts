/**
 * Settings records (capital, Kelly fraction, guardrails, overrides...) stored as JSON under
 * `${fingerprint}:${key}`, where the fingerprint identifies the imported content: the same
 * logs imported again find their settings again. Each record carries the schema version of
 * its JSON so a later build can upgrade old records.
 */
import type { Database } from 'sql.js';

/** Version of the JSON layout written by this build's settings records. */
export const SETTINGS_RECORD_VERSION = 1;

export interface SettingRecord<T> {
  value: T;
  schemaVersion: number;
  updatedAt: string;
}

export function settingKey(fingerprint: string, key: string): string {
  return `${fingerprint}:${key}`;
}

export function getSetting<T>(db: Database, fingerprint: string, key: string): SettingRecord<T> | null {
  const statement = db.prepare('SELECT json, schema_version, updated_at FROM settings WHERE key = ?');
  try {
    statement.bind([settingKey(fingerprint, key)]);
    if (!statement.step()) return null;
    const [json, schemaVersion, updatedAt] = statement.get();
    return { value: JSON.parse(String(json)) as T, schemaVersion: Number(schemaVersion), updatedAt: String(updatedAt) };
  } finally {
    statement.free();
  }
}

/** Stores a JSON-serialisable value (undefined is stored as null). */
export function setSetting(
  db: Database,
  fingerprint: string,
  key: string,
  value: unknown,
  updatedAt: string,
  schemaVersion: number = SETTINGS_RECORD_VERSION,
): void {
  db.run(
    `INSERT INTO settings (key, json, schema_version, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET json = excluded.json, schema_version = excluded.schema_version, updated_at = excluded.updated_at`,
    [settingKey(fingerprint, key), JSON.stringify(value ?? null), schemaVersion, updatedAt],
  );
}

/**
 * Copies every settings record of `from` into `to` where `to` has none under that key, so a
 * new workspace still knows the settings of portfolios seen earlier in the session.
 */
export function carrySettingsOver(from: Database, to: Database): void {
  const rows = from.exec('SELECT key, json, schema_version, updated_at FROM settings');
  if (!rows.length) return;
  const statement = to.prepare('INSERT OR IGNORE INTO settings (key, json, schema_version, updated_at) VALUES (?, ?, ?, ?)');
  try {
    for (const row of rows[0].values) statement.run(row);
  } finally {
    statement.free();
  }
}
