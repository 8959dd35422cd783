/**
 * Notice grouping: the same notice repeated for each of twenty strategies becomes one line
 * ("19 of 19 strategies: contract counts vary …"), expandable to the names — the one grouping
 * used by the Overview, the Sizing warnings and the report's warnings section. Two notices
 * are the same when their words agree once the numbers are set aside ("vary from 1 to 10" and
 * "vary from 2 to 40"); the numbers that differ print as "…" in the group's line and each
 * strategy's own sentence is kept for the expanded list. Groups are ordered by severity
 * (a loss of the account or of the edge first, then unreliable figures, then information),
 * then by how many strategies they concern.
 */

export type NoticeSeverity = 'critical' | 'warning' | 'info';

/** One notice: about one strategy (`subject`), or about the whole portfolio/run (`subject` null). */
export interface Notice {
  subject: string | null;
  text: string;
}

export interface NoticeMember {
  subject: string;
  /** This strategy's own sentence (its numbers). */
  text: string;
}

export interface NoticeGroup {
  severity: NoticeSeverity;
  /** The sentence shared by the group; numbers that differ between members are "…". */
  text: string;
  /** The strategies it concerns, in the order given; empty for a portfolio-level notice. */
  members: NoticeMember[];
  /** True when the members' own sentences differ (their numbers): the expanded list shows each. */
  varies: boolean;
  /** The one line to show: "19 of 19 strategies: …", "\"MEIC 10:15\": …" or the portfolio notice itself. */
  line: string;
}

/** A figure in a notice: an ISO date or time (one token), a range "1–5" (one token), or a number with its sign, "$", grouping, decimals, "%" or "×". */
const NUMBER = /\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?|\d[\d,]*–\d[\d,]*|[-−]?\$?\d[\d,]*(?:\.\d+)?(?:%|×)?/g;
const SEVERITY_ORDER: Record<NoticeSeverity, number> = { critical: 0, warning: 1, info: 2 };
const CRITICAL = /\bruin|negative edge|no winning trades|reliably lose|above your margin ceiling|nothing is allocated/i;
const WARNING = /not meaningful|unreliable|fewer than|not significant|less than 95%|shorter than|above the historical peak|vary more than|vary from|undefined|left out|not used|ignored|no starting capital/i;

/** The severity of a notice from its words (the texts come from core/stats, core/sizing and core/realism). */
export function noticeSeverity(text: string): NoticeSeverity {
  if (CRITICAL.test(text)) return 'critical';
  if (WARNING.test(text)) return 'warning';
  return 'info';
}

/**
 * Splits a statistics warning that names its strategy in quotes ("\"MEIC 10:15\": contract
 * counts …", "\"X\" alone (from the same starting capital) is ruined on …") into subject and text; others (a portfolio notice) stand alone.
 */
export function noticeFromText(text: string): Notice {
  const ruined = /^"([^"]+)" alone \(from the same starting capital\) is ruined on (.+)$/s.exec(text);
  if (ruined) return { subject: ruined[1], text: `Ruined when traded alone from the same starting capital, on ${ruined[2]}` };
  const named = /^"([^"]+)":\s*(.+)$/s.exec(text);
  if (!named) return { subject: null, text };
  const rest = named[2];
  return { subject: named[1], text: rest.charAt(0).toUpperCase() + rest.slice(1) };
}

function groupKey(text: string): string {
  return text.replace(NUMBER, '#');
}

function numbersOf(text: string): string[] {
  return text.match(NUMBER) ?? [];
}

/** Positions of the numbers that differ between the sentences (same words, so the same count of numbers). */
function varyingPositions(texts: string[]): Set<number> {
  const all = texts.map(numbersOf);
  return new Set(all[0].map((token, position) => (all.every((numbers) => numbers[position] === token) ? -1 : position)).filter((p) => p >= 0));
}

/** The members' sentences with each number that differs between them replaced by "…". */
function sharedText(texts: string[]): string {
  const varying = varyingPositions(texts);
  let index = 0;
  return texts[0].replace(NUMBER, (token) => (varying.has(index++) ? '…' : token));
}

function strategiesWord(count: number): string {
  return count === 1 ? 'strategy' : 'strategies';
}

/**
 * Groups notices: same words (numbers aside) → one group. `strategyCount` is how many
 * strategies were examined, for "19 of 19 strategies"; a notice about one strategy names it.
 */
export function groupNotices(notices: Notice[], strategyCount: number): NoticeGroup[] {
  const groups = new Map<string, { first: number; portfolio: string | null; members: NoticeMember[] }>();
  notices.forEach((notice, order) => {
    const key = `${notice.subject === null ? 'p' : 's'}\u0000${groupKey(notice.text)}`;
    const existing = groups.get(key);
    if (notice.subject === null) {
      // A portfolio-level notice stands alone; an exact repeat of one is dropped.
      const exactKey = `p\u0000${notice.text}`;
      if (!groups.has(exactKey)) groups.set(exactKey, { first: order, portfolio: notice.text, members: [] });
      return;
    }
    if (existing) {
      if (!existing.members.some((m) => m.subject === notice.subject && m.text === notice.text)) existing.members.push({ subject: notice.subject, text: notice.text });
    } else groups.set(key, { first: order, portfolio: null, members: [{ subject: notice.subject, text: notice.text }] });
  });
  const built = [...groups.values()].map((group) => {
    if (group.portfolio !== null) return { first: group.first, group: { severity: noticeSeverity(group.portfolio), text: group.portfolio, members: [], varies: false, line: group.portfolio } };
    const texts = group.members.map((m) => m.text);
    const text = sharedText(texts);
    const subjects = new Set(group.members.map((m) => m.subject));
    const count = subjects.size;
    const line = count === 1 ? `"${group.members[0].subject}": ${text}` : `${count} of ${Math.max(count, strategyCount)} ${strategiesWord(Math.max(count, strategyCount))}: ${text}`;
    return { first: group.first, group: { severity: noticeSeverity(text), text, members: group.members, varies: new Set(texts).size > 1, line } };
  });
  return built
    .sort((a, b) => SEVERITY_ORDER[a.group.severity] - SEVERITY_ORDER[b.group.severity] || b.group.members.length - a.group.members.length || a.first - b.first)
    .map((entry) => entry.group);
}

/** One line per group for plain text (the PDF, the CLI): the line, then the strategies' names (and their own figures when they differ). */
export function noticeGroupText(group: NoticeGroup): string {
  if (group.members.length <= 1) return group.line;
  const varying = varyingPositions(group.members.map((m) => m.text));
  const names = group.members.map((m) => (group.varies ? `${m.subject} (${numbersOf(m.text).filter((_, i) => varying.has(i)).join(', ')})` : m.subject));
  return `${group.line} — ${names.join('; ')}`;
}
