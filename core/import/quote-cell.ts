/**
 * How a message shows text taken from the file (a cell, a header): at most
 * MAX_QUOTED_CHARS characters, cut with "…" (never inside a surrogate pair), so a rejection
 * of a 10 MB cell stays one readable line; a list of header cells shows at most
 * MAX_LISTED_HEADERS of them. Every import message that quotes file text goes through this module.
 */

export const MAX_QUOTED_CHARS = 60;

/** The text, cut to MAX_QUOTED_CHARS characters with "…" when longer. */
export function excerpt(text: string): string {
  if (text.length <= MAX_QUOTED_CHARS) return text;
  let cut = MAX_QUOTED_CHARS - 1;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--; // do not split a surrogate pair
  return `${text.slice(0, cut)}…`;
}

/** The text in double quotes, cut as excerpt does: `"12,3x"`. */
export function quoted(text: string): string {
  return `"${excerpt(text)}"`;
}

const MAX_LISTED_HEADERS = 40;

/** A file's header cells for a message: each cut as excerpt does, at most MAX_LISTED_HEADERS of them. */
export function listedHeaders(headers: string[]): string {
  const shown = headers.slice(0, MAX_LISTED_HEADERS).map(excerpt).join(', ');
  return headers.length > MAX_LISTED_HEADERS ? `${shown}, … (${headers.length - MAX_LISTED_HEADERS} more)` : shown;
}
