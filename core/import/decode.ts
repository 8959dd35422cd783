/**
 * Bytes → text, the encoding decided over the whole file (never from a sample):
 * - a UTF-16 BOM → UTF-16 LE/BE (Excel's "Unicode text" export), refused if not valid UTF-16;
 * - else valid UTF-8 over every byte (a UTF-8 BOM is dropped) → UTF-8;
 * - else Windows-1252 (Excel's "CSV" on Western-European Windows), with a warning naming it,
 *   unless the bytes cannot be Windows-1252 text: a byte Windows-1252 leaves undefined, a
 *   control character, or valid UTF-8 multi-byte sequences beside invalid ones (a file
 *   mixing two encodings, which no single decoding reads right) — then the file is refused.
 * NUL bytes in the first KB mean a binary file (or UTF-16 without a BOM): refused.
 * No byte is ever replaced by "\uFFFD": two names that differ only in an accent stay two names.
 */

const SNIFF_BYTES = 1024;

/** A refusal: 'binary' when the bytes are not text at all, 'encoding' when they are text no single decoding reads right. */
export type Decoded = { ok: true; text: string; warnings: string[] } | { ok: false; code: 'binary' | 'encoding'; message: string };

const EXPORT_AGAIN = 'Export it as CSV (UTF-8) and try again.';

function notText(reason: string): Decoded {
  return { ok: false, code: 'binary', message: `The file is not a text (CSV) file: ${reason}. ${EXPORT_AGAIN}` };
}

function unreadableEncoding(reason: string): Decoded {
  return { ok: false, code: 'encoding', message: `The file's text encoding cannot be read: ${reason}. ${EXPORT_AGAIN}` };
}

export const WINDOWS_1252_WARNING = 'The file is not UTF-8; it was read as Windows-1252 (Western European), the encoding Excel uses for CSV on Windows.';

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Strict decoding; null when the bytes are not valid in that encoding. */
function decodeStrict(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Length of the valid UTF-8 multi-byte sequence starting at `i` (2–4), or 0. */
function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (length === 0 || i + length > bytes.length) return 0;
  for (let k = 1; k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return 0;
  // Overlong, surrogate and out-of-range forms are not valid UTF-8.
  const b1 = bytes[i + 1];
  if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 > 0x9f) || (b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 > 0x8f)) return 0;
  return length;
}

/** Why bytes that are not UTF-8 cannot be read as Windows-1252 either; null when they can. */
function notWindows1252(bytes: Uint8Array): Decoded | null {
  let utf8Sequences = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x20) {
      if (b !== 9 && b !== 10 && b !== 13) return notText(`byte 0x${b.toString(16).padStart(2, '0')} at offset ${i} is a control character`);
    } else if (b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d) {
      return unreadableEncoding(`byte 0x${b.toString(16)} at offset ${i} is neither UTF-8 nor Windows-1252 text`);
    } else if (b >= 0xc2) {
      const length = utf8SequenceAt(bytes, i);
      if (length > 0) {
        utf8Sequences++;
        i += length - 1;
      }
    }
  }
  return utf8Sequences > 0 ? unreadableEncoding('it mixes UTF-8 with another encoding (some bytes are UTF-8 characters, others are not valid UTF-8), so accented names would be misread') : null;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    const text = decodeStrict(utf16, bytes);
    const name = utf16.toUpperCase();
    return text === null ? unreadableEncoding(`it starts with a ${name} byte-order mark but is not valid ${name}`) : { ok: true, text, warnings: [] };
  }
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) return notText('it contains NUL bytes');
  const utf8 = decodeStrict('utf-8', bytes);
  if (utf8 !== null) return { ok: true, text: utf8, warnings: [] };
  const refusal = notWindows1252(bytes);
  if (refusal) return refusal;
  return { ok: true, text: decodeWindows1252(bytes), warnings: [WINDOWS_1252_WARNING] };
}

/**
 * Windows-1252 bytes 0x80–0x9F as Unicode (the WHATWG windows-1252 index; the five bytes it
 * leaves undefined map to themselves and are refused before decoding). Needed because Node
 * 20's TextDecoder('windows-1252') decodes these bytes as ISO-8859-1 controls (0x80 → U+0080
 * instead of "€"); Chromium's is right, and this table gives the same text in both.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  // Every other byte is its own code point (ISO-8859-1), which TextDecoder gets right everywhere.
  const latin1 = new TextDecoder('windows-1252').decode(bytes);
  return latin1.replace(/[\x80-\x9f]/g, (c) => String.fromCharCode(WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]));
}
