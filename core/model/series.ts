/**
 * Daily series that are not trade logs: an asset's returns from a daily price file, or one leg
 * of a daily return-series file. Used by the allocator (Allocate) and the learned allocator.
 */

/** One leg: a daily simple-return series on its own dates (ascending, ISO `YYYY-MM-DD`, no duplicates). */
export interface ReturnSeries {
  /** The asset's or leg's name: a price file's name without its extension (`SPY`), or a return file's column. */
  name: string;
  /** The file it came from (for provenance and to tell two inputs of the same name apart). */
  source: string;
  /** 'prices': simple returns of `Adj Close`; 'returns': read as given. */
  kind: 'prices' | 'returns';
  dates: string[];
  /** returns[i] is the simple return from the previous date to dates[i]. */
  returns: number[];
  /** Extra numeric columns of the leg (e.g. a model's confidence), aligned with `dates`, by column name. */
  extras: Record<string, number[]>;
}
