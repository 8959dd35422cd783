/**
 * The bundled prediction-market sample (issue 12): a bet log of six cities over 120 settled
 * days and the candidates of the next day, written by the seeded generator
 * (resources/sample/make-bets-sample.ts, core/bets/generator). Emitted as assets and fetched
 * as bytes, so the worker parses exactly what a user import would see.
 */
import betLogUrl from '../../../resources/sample/bets-sample.csv?url';
import candidatesUrl from '../../../resources/sample/bets-candidates.csv?url';

export const BET_SAMPLE_LOG_NAME = 'bets-sample.csv';
export const BET_SAMPLE_CANDIDATES_NAME = 'bets-candidates.csv';

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The bundled bet sample ${url} could not be loaded (HTTP ${response.status}).`);
  return new Uint8Array(await response.arrayBuffer());
}

export function loadSampleBetLog(): Promise<Uint8Array> {
  return fetchBytes(betLogUrl);
}

/** The sample candidates as text (they go into the page's candidates box). */
export async function loadSampleCandidates(): Promise<string> {
  return new TextDecoder().decode(await fetchBytes(candidatesUrl));
}
