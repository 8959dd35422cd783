/**
 * Shares one string object between equal cell values (dates, times, strategy names, close
 * reasons repeat across thousands of trades). A million-trade import otherwise keeps a
 * million copies of each, which costs memory and garbage-collection time. One pool per
 * import; it stops growing at MAX_POOLED distinct values.
 */
const MAX_POOLED = 100_000;

export class StringPool {
  private readonly values = new Map<string, string>();

  intern(value: string): string {
    const pooled = this.values.get(value);
    if (pooled !== undefined) return pooled;
    if (this.values.size < MAX_POOLED) this.values.set(value, value);
    return value;
  }
}
