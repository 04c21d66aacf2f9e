import { getCountry } from '../knowledge/countries/index.js';
import { shortenText } from '../shorten-text.js';
import { type CaseHit, PAGE_SIZE, type Reply } from './reply.js';

/** Summaries in lists are cut here; `show <id>` gives the whole text. */
const LIST_SUMMARY_LENGTH = 280;

export function countryLabel(code: string): string {
  const country = getCountry(code);
  return country ? `${country.flag} ${country.name}`.trim() : code;
}

/** The facts line under a case title: countries, year, level, tags, why it matched. */
export function caseFacts(c: CaseHit): string {
  const facts = [
    c.countries.map(countryLabel).join(', '),
    c.year ? String(c.year) : '',
    c.level ?? '',
    c.tags.length > 0 ? c.tags.join(', ') : '',
  ].filter(Boolean);
  return facts.join(' · ');
}

export function whyMatched(c: CaseHit): string | undefined {
  return c.matched && c.matched.length > 0 ? `matched: ${c.matched.join(', ')}` : undefined;
}

/** Why a case is like the one asked about: "alike in: Health; words: rehabilitation, patients". */
export function whyRelated(c: CaseHit): string | undefined {
  if (!c.related) return undefined;
  const parts = [
    c.related.topics.length > 0 ? `topics: ${c.related.topics.join(', ')}` : '',
    c.related.words.length > 0 ? `words: ${c.related.words.join(', ')}` : '',
  ].filter(Boolean);
  return parts.length > 0 ? `alike in ${parts.join('; ')}` : undefined;
}

function renderCase(c: CaseHit, full: boolean): string {
  const lines = [`${c.title}  [${c.id}]`];
  const facts = caseFacts(c);
  if (facts) lines.push(`  ${facts}`);
  lines.push(`  ${full ? c.summary : shortenText(c.summary, LIST_SUMMARY_LENGTH)}`);
  if (full && c.truncated) lines.push('  (The source cut this summary short.)');
  if (full && c.organisation) lines.push(`  Organisation: ${c.organisation}`);
  if (c.url) lines.push(`  ${c.url}`);
  const why = whyRelated(c) ?? whyMatched(c);
  if (why) lines.push(`  (${why})`);
  return lines.join('\n');
}

/** How many matched and how to see more, under a page of results. */
export function resultsFooter(reply: Extract<Reply, { type: 'results' }>): string {
  if (reply.intent.type === 'random')
    return `Picked from ${reply.total} matching case${reply.total === 1 ? '' : 's'}.`;
  const size = reply.intent.type === 'search' ? (reply.intent.count ?? PAGE_SIZE) : PAGE_SIZE;
  const first = (reply.page - 1) * size + 1;
  const last = first + reply.cases.length - 1;
  const range = `Showing ${first}–${last} of ${reply.total} case${reply.total === 1 ? '' : 's'}.`;
  return reply.nextCommand ? `${range} For more, say “${reply.nextCommand}” (or “next”).` : range;
}

/** Other readings and relaxed questions, as commands to type. */
function otherCommands(reply: Reply): string[] {
  return reply.actions
    .filter((a) => a.type === 'alternative' || a.type === 'relax')
    .map((a) => (a.type === 'alternative' ? `Or: ${a.label}, “${a.command}”` : `${a.label}: “${a.command}”`));
}

/**
 * The reply as plain text: the CLI's output and every adapter's notification fallback.
 * No markup of any platform.
 */
export function renderPlainText(reply: Reply): string {
  const parts: string[] = [];
  if (reply.notice) parts.push(reply.notice);
  // A single case's title heads its own block.
  if (reply.type !== 'case') parts.push(reply.heading);
  switch (reply.type) {
    case 'results':
      parts.push(...reply.cases.map((c) => renderCase(c, false)), resultsFooter(reply));
      break;
    case 'case':
      parts.push(...reply.cases.map((c) => renderCase(c, true)));
      if (reply.cases.length === 1) parts.push(`Cases like it: “similar ${reply.cases[0]!.id}”`);
      break;
    case 'counts':
      parts.push(reply.groups.map((g) => `${g.label}: ${g.count}`).join('\n'));
      break;
    case 'compare':
      parts.push(
        reply.cases.map((c, i) => `${i + 1}. ${c.title}  [${c.id}]`).join('\n'),
        reply.rows.map((r) => `${r.label}: ${r.values.join(' | ')}`).join('\n'),
        reply.shared.join('\n'),
      );
      break;
    case 'help':
      parts.push(reply.commands.map((c) => `${c.usage}\n  ${c.description} e.g. “${c.example}”`).join('\n'));
      break;
    case 'message':
      parts.push(...reply.lines);
      break;
    case 'not-found':
      parts.push(reply.message);
      if (reply.suggestions.length > 0)
        parts.push(`Try: ${reply.suggestions.map((s) => `“${s}”`).join(', ')}`);
      break;
    case 'digest':
      parts.push(...reply.lines, ...reply.cases.map((c) => renderCase(c, false)));
      break;
    case 'error':
      parts.push(reply.message);
      break;
    default: {
      const unreachable: never = reply;
      return unreachable;
    }
  }
  parts.push(otherCommands(reply).join('\n'));
  return parts.filter((p) => p !== '').join('\n\n');
}
