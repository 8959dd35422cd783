/**
 * Bytes → text. UTF-8 (a BOM is dropped) or, with a UTF-16 BOM, UTF-16 (Excel's "Unicode
 * text" export). A file is refused as binary when its first KB has NUL bytes or is not
 * valid UTF-8; invalid bytes later in the file become U+FFFD with a warning.
 */

const SNIFF_BYTES = 1024;

export type Decoded = { ok: true; text: string; warnings: string[] } | { ok: false; reason: string };

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  const utf16 = utf16Encoding(bytes);
  if (utf16) return { ok: true, text: new TextDecoder(utf16).decode(bytes), warnings: [] };
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (head.includes(0)) return { ok: false, reason: 'it contains NUL bytes' };
  try {
    // stream: true lets a multi-byte character cut at the sniff boundary pass.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: head.length < bytes.length });
  } catch {
    return { ok: false, reason: 'its first KB is not valid UTF-8 text' };
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  const warnings = text.includes('\uFFFD') ? ['The file has bytes that are not valid UTF-8 text; they were replaced by "\uFFFD".'] : [];
  return { ok: true, text, warnings };
}
