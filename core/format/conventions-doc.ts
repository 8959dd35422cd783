/**
 * The "Tooltip texts" section of docs/conventions.md, generated from core/format/conventions
 * (the one source of the texts): one table row per metric — its id, how it is computed, and
 * why it can be "—". test/unit/format/conventions-doc.test.ts checks the doc holds exactly
 * this block (and rewrites it with SIZEWISE_WRITE_DOCS=1).
 */
import { conventions, DAILY_RETURN, DRAWDOWN_FROM_PEAK, EQUITY_CURVE } from './conventions';

export const DOC_BEGIN = '<!-- BEGIN GENERATED from core/format/conventions.ts: do not edit by hand -->';
export const DOC_END = '<!-- END GENERATED -->';

const cell = (text: string) => text.replace(/\|/g, '\\|');

export function conventionsDocBlock(): string {
  const rows = Object.entries(conventions).map(([id, c]) => `| \`${id}\` | ${cell(c.text)} | ${cell(c.nullReason ?? '')} |`);
  return [
    DOC_BEGIN,
    '',
    `- ${EQUITY_CURVE}`,
    `- Drawdown of a day: ${DRAWDOWN_FROM_PEAK}.`,
    `- Daily return: ${DAILY_RETURN}.`,
    '',
    '| Metric | How it is computed | When it is "—" |',
    '| --- | --- | --- |',
    ...rows,
    '',
    DOC_END,
  ].join('\n');
}
