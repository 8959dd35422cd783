/**
 * Light or dark theme: follows the system setting (prefers-color-scheme) unless the user picks
 * one. The choice is an app setting kept in this computer's local storage (validated with zod
 * when read), never in a workspace file. The resolved theme is written to
 * `<html data-theme="light|dark">` (styles.css switches its colour variables on it) and read
 * by the charts (./chart-theme) through `useTheme`.
 */
import { useSyncExternalStore } from 'react';
import { z } from 'zod';

export const themePreferenceSchema = z.enum(['system', 'light', 'dark']);
export type ThemePreference = z.infer<typeof themePreferenceSchema>;
export type Theme = 'light' | 'dark';

export const THEME_STORAGE_KEY = 'sizewise.theme';

/** The theme a preference gives when the system asks for dark (`systemDark`) or not. */
export function resolveTheme(preference: ThemePreference, systemDark: boolean): Theme {
  return preference === 'system' ? (systemDark ? 'dark' : 'light') : preference;
}

function readPreference(): ThemePreference {
  try {
    const parsed = themePreferenceSchema.safeParse(globalThis.localStorage?.getItem(THEME_STORAGE_KEY));
    return parsed.success ? parsed.data : 'system';
  } catch {
    return 'system';
  }
}

const media = typeof globalThis.matchMedia === 'function' ? globalThis.matchMedia('(prefers-color-scheme: dark)') : null;
let preference: ThemePreference = readPreference();
let snapshot = { preference, theme: resolveTheme(preference, media?.matches ?? false) };
const listeners = new Set<() => void>();

function apply(): void {
  snapshot = { preference, theme: resolveTheme(preference, media?.matches ?? false) };
  if (typeof document !== 'undefined') document.documentElement.dataset.theme = snapshot.theme;
  for (const listener of listeners) listener();
}

media?.addEventListener('change', apply);
apply();

/** Sets and remembers the user's choice ('system' follows the operating system again). */
export function setThemePreference(next: ThemePreference): void {
  preference = next;
  try {
    globalThis.localStorage?.setItem(THEME_STORAGE_KEY, next);
  } catch {
    // Storage unavailable (private mode): the choice lasts for this session.
  }
  apply();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The user's preference and the theme in effect; re-renders when either changes. */
export function useTheme(): { preference: ThemePreference; theme: Theme } {
  return useSyncExternalStore(subscribe, () => snapshot);
}
