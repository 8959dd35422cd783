/**
 * The report model: everything the printable report shows, as plain serialisable data
 * (no functions, no NaN/Infinity). core/report builds it; the renderer's ReportPage draws
 * it; `toCsv` exports any of its tables. Cells keep raw numbers plus a display format, so
 * the PDF shows rounded values while the CSV keeps full precision.
 */

/** How a number is displayed (see `formatCell`). Fractions are decimals (0.2659 → 26.59%). */
export type NumberFormat = 'integer' | 'money' | 'percent' | 'decimal';

export interface ReportNumber {
  value: number;
  format: NumberFormat;
}

/** A table cell: text, a formatted number, or null for an undefined metric (shown as "—"). */
export type ReportCell = string | ReportNumber | null;

export interface ReportColumn {
  label: string;
  align: 'left' | 'right';
}

export interface ReportTable {
  /** Stable id, also the base of the CSV file name. */
  id: string;
  title: string;
  columns: ReportColumn[];
  rows: ReportCell[][];
}

/** A curve: [x, y] pairs; x is an ISO date, a category label or a number per the chart's xAxis. */
export interface LineSeries {
  name: string;
  type: 'line' | 'area' | 'bar';
  /** 'adverse' draws the series in the warning colour (drawdowns, losses). */
  tone?: 'adverse';
  points: [string | number, number][];
  /** Events marked on the curve as a labelled vertical line at x (e.g. "Ruined"). */
  marks?: { x: string | number; label: string }[];
}

/**
 * A shaded band between two curves (a Monte Carlo fan's P5–P95 and P25–P75): [x, low, high]
 * triples, low ≤ high. Bands are drawn in the chart's first colour, beneath its lines.
 */
export interface BandSeries {
  name: string;
  type: 'band';
  points: [string | number, number, number][];
}

export type ChartSeries = LineSeries | BandSeries;

export interface ReportChart {
  id: string;
  title: string;
  xAxis: 'date' | 'category' | 'value';
  yFormat: NumberFormat;
  series: ChartSeries[];
}

export interface ReportSection {
  id: string;
  title: string;
  /**
   * Why the section has no content, when it was wanted but its data could not be built (the
   * report never drops a section silently: the page shows this reason in its place).
   */
  omitted?: string;
  tables: ReportTable[];
  charts: ReportChart[];
  /** Plain-language lines shown under the section (warnings, explanations). */
  notes: string[];
}

export interface ReportCover {
  title: string;
  portfolioName: string;
  firstDate: string | null;
  lastDate: string | null;
  /** Capital the sizing is computed for. */
  capital: number;
  /** Chosen Kelly fraction (0.5 = half Kelly). */
  fraction: number;
  /** What the fraction multiplied (core/sizing), when the sizing was computed. */
  kellyOf?: 'growth-optimal' | 'classic';
  trades: number;
  strategies: string[];
  /** ISO timestamp of generation. */
  generatedAt: string;
}

export interface ReportModel {
  cover: ReportCover;
  sections: ReportSection[];
  /** Every convention behind the numbers of the included sections (the report's footnotes). */
  conventions: string[];
}
