/**
 * The bundled EMA sample (OptionOmega trade log + daily log from resources/sample/).
 * The files are emitted as assets and fetched as bytes, so the worker parses exactly what
 * a user import would see.
 */
import dailyLogUrl from '../../../resources/sample/ema-dailylog.csv?url';
import tradeLogUrl from '../../../resources/sample/ema-tradelog.csv?url';

export const SAMPLE_NAME = 'EMA sample';

export interface SampleFile {
  name: string;
  bytes: Uint8Array;
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The bundled sample ${url} could not be loaded (HTTP ${response.status}).`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Trade log first, so the daily log is checked against its trades. */
export async function loadSampleFiles(): Promise<SampleFile[]> {
  const [trades, daily] = await Promise.all([fetchBytes(tradeLogUrl), fetchBytes(dailyLogUrl)]);
  return [
    { name: 'ema-tradelog.csv', bytes: trades },
    { name: 'ema-dailylog.csv', bytes: daily },
  ];
}
