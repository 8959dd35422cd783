/**
 * The in-app help pages show a docs/ page itself (one copy of the text): its paragraphs and
 * its one pipe table, split here. Inline `code` stays as text between backticks.
 */
export interface HelpDocument {
  title: string;
  /** Paragraphs before the table. */
  intro: string[];
  header: string[];
  rows: string[][];
  /** Paragraphs after the table. */
  outro: string[];
}

function cells(line: string): string[] {
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((cell) => cell.trim());
}

/** Paragraphs (blank-line separated, joined lines) of a block of markdown lines. */
function paragraphs(lines: string[]): string[] {
  return lines.join('\n').split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ').trim()).filter((p) => p !== '');
}

export function parseHelpDocument(markdown: string): HelpDocument {
  const lines = markdown.replace(/\r\n/g, '\n').split('\n');
  const titleLine = lines.findIndex((line) => line.startsWith('# '));
  const title = titleLine >= 0 ? lines[titleLine].slice(2).trim() : '';
  const body = lines.slice(titleLine + 1);
  const first = body.findIndex((line) => line.trim().startsWith('|'));
  if (first < 0) return { title, intro: paragraphs(body), header: [], rows: [], outro: [] };
  let last = first;
  while (last + 1 < body.length && body[last + 1].trim().startsWith('|')) last++;
  const table = body.slice(first, last + 1).filter((line) => !/^\|?\s*-{3,}/.test(line.trim().replace(/^\|/, '')));
  return { title, intro: paragraphs(body.slice(0, first)), header: cells(table[0]), rows: table.slice(1).map(cells), outro: paragraphs(body.slice(last + 1)) };
}
