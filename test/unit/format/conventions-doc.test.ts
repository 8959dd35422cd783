/**
 * Doc sync: docs/conventions.md carries the convention texts of core/format/conventions (the
 * app's tooltips, the report's footnotes) verbatim in its generated "Tooltip texts" section.
 * After changing a text, regenerate with:
 *   SIZEWISE_WRITE_DOCS=1 npx vitest run test/unit/format/conventions-doc.test.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { conventions } from '../../../core/format/conventions';
import { conventionsDocBlock, DOC_BEGIN, DOC_END } from '../../../core/format/conventions-doc';

const docPath = join(__dirname, '..', '..', '..', 'docs', 'conventions.md');

it('docs/conventions.md holds the generated convention texts', () => {
  let doc = readFileSync(docPath, 'utf8');
  const start = doc.indexOf(DOC_BEGIN);
  const end = doc.indexOf(DOC_END);
  const block = conventionsDocBlock();
  if (process.env.SIZEWISE_WRITE_DOCS === '1') {
    doc = start >= 0 && end > start ? doc.slice(0, start) + block + doc.slice(end + DOC_END.length) : `${doc.trimEnd()}\n\n## Tooltip texts\n\nThe app's tooltips and the report's footnotes, as the app shows them.\n\n${block}\n`;
    writeFileSync(docPath, doc);
  }
  expect(start).toBeGreaterThanOrEqual(0);
  expect(doc.slice(start, end + DOC_END.length)).toBe(block);
  for (const c of Object.values(conventions)) expect(doc).toContain(c.text.replace(/\|/g, '\\|'));
});
