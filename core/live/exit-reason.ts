/**
 * Exit-reason agreement of a matched pair: the two `Reason For Close` texts are equal after
 * trimming, lower-casing and collapsing spaces ("Stop Loss" = "stop  loss"). Null when
 * either log leaves it blank.
 */

function normalise(reason: string): string {
  return reason.trim().toLowerCase().replace(/\s+/g, ' ');
}

export function exitReasonsAgree(live: string, backtest: string): boolean | null {
  const a = normalise(live);
  const b = normalise(backtest);
  return a === '' || b === '' ? null : a === b;
}
