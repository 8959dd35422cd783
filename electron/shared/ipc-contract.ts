/**
 * The ONE typed source of the IPC contract between the renderer and main: for every channel
 * in `channels.ts`, the zod schema of its request payload (validated in main before any
 * handler runs) and the type of its response. The handler map type (`IpcHandlers`, what
 * main implements) and the client type (`IpcClient`, what the renderer calls) are both
 * derived from it, so a channel cannot drift between the two sides.
 *
 * The renderer never sends or receives a file path: files are named by opaque tokens that
 * main hands out for files the user picked in a dialog, from the recent list, or opened
 * through the OS (file association, command line).
 */
import { z } from 'zod';
import type { MenuCommand, OpenedFile, RecentFile } from './payloads';
import type { EventChannel, InvokeChannel } from './channels';

/** An opaque file token as issued by main (see `file-session.ts`). */
const token = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be a file token issued by main');

/** A file base name suggested for a save dialog: never a path. */
const baseName = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !/[/\\\0]/.test(name) && name !== '.' && name !== '..', 'must be a file name, not a path');

const bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, { message: 'must be a Uint8Array' });
const empty = z.strictObject({});

export const requestSchemas = {
  'files:open': z.strictObject({ purpose: z.enum(['import', 'workspace']) }),
  'files:open-recent': z.strictObject({ token }),
  'files:list-recent': empty,
  'workspace:save': z.strictObject({
    bytes,
    token: token.optional(),
    saveAs: z.boolean(),
    suggestedName: baseName,
  }),
  'recovery:write': z.strictObject({ bytes }),
  'recovery:read': empty,
  'recovery:clear': empty,
  'report:export-pdf': z.strictObject({
    pageSize: z.enum(['A4', 'Letter']),
    suggestedName: baseName,
    /** Plain text of the page footer; main builds (and HTML-escapes) the footer template. */
    footer: z.strictObject({
      title: z.string().max(200),
      portfolioName: z.string().max(300),
      generatedAt: z.string().max(40),
    }),
  }),
  'export:save-text': z.strictObject({
    text: z.string(),
    suggestedName: baseName,
    filterName: z.string().min(1).max(100),
    extensions: z.array(z.string().regex(/^[A-Za-z0-9]{1,10}$/, 'must be an extension without a dot')).min(1).max(10),
  }),
  'window:set-title': z.strictObject({ title: z.string().max(300), dirty: z.boolean() }),
} satisfies Record<InvokeChannel, z.ZodType>;

/** What each channel resolves to (`ResponseOf` fails to compile if a channel is missing). */
export interface ResponseTypes {
  'files:open': OpenedFile[];
  'files:open-recent': OpenedFile | null;
  'files:list-recent': RecentFile[];
  'workspace:save': RecentFile | null;
  'recovery:write': void;
  'recovery:read': Uint8Array | null;
  'recovery:clear': void;
  'report:export-pdf': { name: string } | null;
  'export:save-text': { name: string } | null;
  'window:set-title': void;
}

/** What each main → renderer event carries. */
export interface EventPayloads {
  'menu:command': MenuCommand;
}

export type RequestOf<C extends InvokeChannel> = z.output<(typeof requestSchemas)[C]>;
export type ResponseOf<C extends InvokeChannel> = ResponseTypes[C];

/** The map main implements: one plain async function per channel. */
export type IpcHandlers = { [C in InvokeChannel]: (payload: RequestOf<C>) => Promise<ResponseOf<C>> };

/** The typed client the renderer calls (derived from the same contract). */
export interface IpcClient {
  invoke<C extends InvokeChannel>(channel: C, payload: RequestOf<C>): Promise<ResponseOf<C>>;
  on<E extends EventChannel>(channel: E, listener: (payload: EventPayloads[E]) => void): () => void;
}

/** Sends a main → renderer event with its typed payload (`target` is a window's webContents). */
export function sendEvent<E extends EventChannel>(target: { send(channel: string, ...args: unknown[]): void }, channel: E, payload: EventPayloads[E]): void {
  target.send(channel, payload);
}

/**
 * The one object the preload exposes as `window.sizewiseBridge`. Untyped at the boundary on
 * purpose (it is all the page can reach); `electron-platform.ts` views it as an `IpcClient`.
 */
export interface SizewiseBridge {
  invoke(channel: string, payload: unknown): Promise<unknown>;
  on(channel: string, listener: (payload: unknown) => void): () => void;
}

