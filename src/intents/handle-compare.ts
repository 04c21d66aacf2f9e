import type { Case } from '../knowledge/case.js';
import { getCountry } from '../knowledge/countries/index.js';
import { toCaseHit } from '../replies/case-hit.js';
import type { CompareRow, ReplyContent } from '../replies/reply.js';
import { wordsOfCase } from '../search/similar-cases.js';
import type { BotDeps } from './bot-deps.js';
import { listWords } from './describe-request.js';
import { findCaseById } from './find-case.js';
import type { Intent } from './intent.js';

type CompareIntent = Extract<Intent, { type: 'compare' }>;

/** More than this many cases side by side no longer fit a chat message. */
const MAX_COMPARED = 3;

function countryNames(codes: readonly string[]): string {
  return codes.map((code) => getCountry(code)?.name ?? code).join(', ');
}

/** What every compared case has in common, in words. */
function sharedLines(cases: readonly Case[], deps: BotDeps): string[] {
  const lines: string[] = [];
  const inAll = <T>(values: (c: Case) => readonly T[]) =>
    values(cases[0]!).filter((v) => cases.every((c) => values(c).includes(v)));
  const countries = inAll((c) => c.countries);
  if (countries.length > 0) lines.push(`Same country: ${countryNames(countries)}`);
  const topics = inAll((c) => c.tags);
  if (topics.length > 0) lines.push(`Shared topics: ${topics.join(', ')}`);
  const year = cases[0]!.year;
  if (year !== undefined && cases.every((c) => c.year === year)) lines.push(`Same year: ${year}`);
  const level = deps.levels.get(cases[0]!.id);
  if (level && cases.every((c) => deps.levels.get(c.id) === level)) lines.push(`Same level: ${level}`);
  if (cases.length === 2) {
    const own = wordsOfCase(`${cases[0]!.title} ${cases[0]!.summary}`);
    const words = deps
      .similar()
      .shared(cases[0]!.id, cases[1]!.id)
      .map((t) => own.get(t) ?? deps.similar().wordFor(t));
    if (words.length > 0) lines.push(`Shared words: ${[...new Set(words)].join(', ')}`);
  }
  if (lines.length === 0) lines.push('They have no country, topic, year or level in common.');
  return lines;
}

function rows(cases: readonly Case[], deps: BotDeps): CompareRow[] {
  const row = (label: string, value: (c: Case) => string): CompareRow => ({
    label,
    values: cases.map(value),
  });
  return [
    row('Countries', (c) => countryNames(c.countries) || '—'),
    row('Year', (c) => (c.year === undefined ? '—' : String(c.year))),
    row('Level', (c) => c.level ?? deps.levels.get(c.id) ?? '—'),
    row('Organisation', (c) => c.organisation ?? '—'),
    row('Topics', (c) => c.tags.join(', ') || '—'),
  ];
}

/** Two or three cases side by side: their facts by row, and what they share. */
export function handleCompare(intent: CompareIntent, deps: BotDeps): ReplyContent {
  const found = intent.ids.map((id) => ({ id, case: findCaseById(deps, id) }));
  const missing = found.filter((f) => !f.case).map((f) => f.id);
  const cases = [
    ...new Map(found.flatMap((f) => (f.case ? [[f.case.id, f.case] as const] : []))).values(),
  ].slice(0, MAX_COMPARED);
  if (missing.length > 0 || cases.length < 2) {
    return {
      type: 'not-found',
      intent,
      heading:
        missing.length > 0
          ? `No case called ${listWords(missing.map((m) => `“${m}”`))}`
          : 'Two cases are needed to compare',
      message:
        'Name two cases by id, by name (“the Bogotá one”) or by their place in the last list (“compare 1 and 3”).',
      suggestions: ['help'],
      cases: [],
      total: 0,
      actions: [],
    };
  }
  return {
    type: 'compare',
    intent: { type: 'compare', ids: cases.map((c) => c.id) },
    heading: `${cases.map((c) => c.title).join(' vs ')}`,
    rows: rows(cases, deps),
    shared: sharedLines(cases, deps),
    cases: cases.map((c) => toCaseHit(c)),
    total: cases.length,
    actions: cases.flatMap((c) => [
      { type: 'details' as const, label: 'Details', command: `show ${c.id}`, caseId: c.id },
      { type: 'similar' as const, label: 'Similar', command: `similar ${c.id}`, caseId: c.id },
    ]),
  };
}
