/**
 * Checks the first bytes of a file before SQLite sees it: is it a SQLite database at all,
 * and is it as long as its own header says? Also names common foreign formats, so the
 * user reads "a PNG image" rather than "not a database".
 */

const SQLITE_MAGIC = 'SQLite format 3\u0000';
const HEADER_BYTES = 100;

const KNOWN_SIGNATURES: { bytes: number[]; name: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], name: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], name: 'a JPEG image' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], name: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'a ZIP archive (or an Office document)' },
  { bytes: [0x1f, 0x8b], name: 'a gzip archive' },
];

export type HeaderProblem =
  | { code: 'empty'; message: string }
  | { code: 'not-sqlite'; message: string }
  | { code: 'truncated'; message: string }
  | { code: 'damaged'; message: string };

function startsWith(bytes: ArrayLike<number>, prefix: ArrayLike<number>): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}

function describeForeign(bytes: Uint8Array): string {
  const known = KNOWN_SIGNATURES.find((signature) => startsWith(bytes, signature.bytes));
  if (known) return `This file is ${known.name}, not a Sizewise workspace.`;
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 64));
  if (/^\uFEFF?[\x20-\x7e\t\r\n]+$/.test(head)) return 'This file is text (perhaps a CSV: use Import for trade logs), not a Sizewise workspace.';
  return 'This file is not a Sizewise workspace (it is not a SQLite database).';
}

function readUint32(bytes: Uint8Array, offset: number): number {
  return ((bytes[offset] << 24) | (bytes[offset + 1] << 16) | (bytes[offset + 2] << 8) | bytes[offset + 3]) >>> 0;
}

/** null when the bytes look like a complete SQLite database file, else what is wrong. */
export function checkSqliteHeader(bytes: Uint8Array): HeaderProblem | null {
  if (bytes.length === 0) return { code: 'empty', message: 'The file is empty (0 bytes): it is not a Sizewise workspace.' };
  const magic = Array.from(SQLITE_MAGIC, (char) => char.charCodeAt(0));
  if (bytes.length < magic.length) {
    return startsWith(magic, bytes)
      ? { code: 'truncated', message: `The workspace file is truncated: only ${bytes.length} bytes of the SQLite header survive.` }
      : { code: 'not-sqlite', message: describeForeign(bytes) };
  }
  if (!startsWith(bytes, magic)) return { code: 'not-sqlite', message: describeForeign(bytes) };
  if (bytes.length < HEADER_BYTES) {
    return { code: 'truncated', message: `The workspace file is truncated: ${bytes.length} bytes, shorter than the 100-byte SQLite header.` };
  }
  const rawPageSize = (bytes[16] << 8) | bytes[17];
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const headerPages = readUint32(bytes, 28);
  const headerPagesValid = headerPages > 0 && readUint32(bytes, 92) === readUint32(bytes, 24);
  const expected = headerPagesValid ? headerPages * pageSize : null;
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) {
    return { code: 'damaged', message: `The workspace file is damaged: its header declares an impossible page size (${rawPageSize}).` };
  }
  if (bytes.length % pageSize !== 0 || (expected !== null && bytes.length < expected)) {
    const want = expected !== null ? `${expected} bytes (${headerPages} pages of ${pageSize})` : `a multiple of ${pageSize} bytes`;
    return { code: 'truncated', message: `The workspace file is truncated: ${bytes.length} bytes, its header says ${want}.` };
  }
  return null;
}
