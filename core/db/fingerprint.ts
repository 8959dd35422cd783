/**
 * The portfolio fingerprint: SHA-256 (hex) over the sorted content hashes of the trade
 * logs in the workspace. It identifies the portfolio independently of import order and of
 * the file, so settings keyed by it come back when the same logs are imported again. Daily
 * and reporting logs describe the same portfolio and do not change it.
 */

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** '' when there is no trade log. */
export async function fingerprintOf(tradeLogHashes: readonly string[]): Promise<string> {
  if (!tradeLogHashes.length) return '';
  return sha256Hex([...tradeLogHashes].sort().join('\n'));
}
