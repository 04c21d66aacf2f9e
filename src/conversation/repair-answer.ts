import type { BotDeps } from '../intents/bot-deps.js';
import { describeRequest, describeYears } from '../intents/describe-request.js';
import type { Filters, Intent, Level } from '../intents/intent.js';
import { relaxRequest } from '../intents/relax-request.js';
import { countCases } from '../intents/select-cases.js';
import { PAGE_SIZE } from '../replies/reply.js';
import type { ListIntent } from './refine-intent.js';

/** Another reading offered as a button (the shape of resolve-intent's `Alternative`). */
interface Alternative {
  label: string;
  intent: Intent;
}

/** What a complaint about the last answer is answered with: how it was read, and what else to try. */
export interface Repair {
  intent: Intent;
  notes: string[];
  alternatives: Alternative[];
}

// "these aren't about health", "that's not Korea", "none of these are local", "these are too old":
// the answer pointed at, then what is wrong with it. What follows the head names the part.
// "too old", "quite old", "a bit outdated", "out of date": a word of age, maybe with a degree.
const AGE = String.raw`(?:(?:too|quite|really|very|pretty|rather|a\s+bit|kinda|kind\s+of|way|so)\s+)?(?:old|older|outdated|dated|out\s+of\s+date)\b|too\s+(?:recent|new)\b`;
const POINTED = new RegExp(
  String.raw`^(?:(?:no|nope|nah|hmm+|wrong|but|well|um+|ugh|sorry|actually)[\s,.!]+)*(?:(?:these|those|they|them|that|this|it|the\s+(?:first|second|third|fourth|fifth|last|\d{1,2}(?:st|nd|rd|th)?)\s+one)(?:\s*['’]s|\s*['’]re|\s+are|\s+is|\s+were|\s+was|\s+seems?|\s+looks?|\s+feels?)?(?:\s+all)?\s+(?:(?:not|aren['’]?t|isn['’]?t|weren['’]?t|wasn['’]?t)(?:\s+(?:really|even|actually))?(?:\s+(?:about|from|in|at|on))?|(?=${AGE}))\s*|none\s+of\s+(?:these|those|them|the\s+\w+)\s+(?:are|is|were|was)(?:\s+(?:about|from|in|at|on))?\s+|(?<bare>not\s+about)\s+|(?=${AGE}))(?<rest>.+)$`,
  'iu',
);

// The part named only by a word of age: "too old", "outdated", "too recent".
const OLD = /\b(?:old|older|outdated|dated|ancient|out\s+of\s+date)\b/iu;
const RECENT = /\b(?:recent|new|newer|current)\b/iu;

const LEVELS: readonly Level[] = ['local', 'regional', 'national', 'international'];

/** A complaint's part after its head ("health at all" → "health"), or undefined. */
export function complaintPart(text: string): { part: string; bare: boolean } | undefined {
  const match = POINTED.exec(text.trim().replace(/[.!?]+$/u, ''));
  const rest = match?.groups?.rest
    ?.replace(/\b(?:at\s+all|all|really|even|either|either\s+tbh|tbh|lol)\b/giu, ' ')
    .replace(/[,;].*$/u, '')
    .trim();
  // "that's not what I meant" is a correction: it is read elsewhere.
  if (!rest || /^(?:what|how|right|helpful|useful|relevant|it|good)\b/iu.test(rest)) return undefined;
  return { part: rest, bare: match?.groups?.bare !== undefined };
}

function counted(deps: BotDeps, label: string, intent: Extract<Intent, { type: 'search' }>): Alternative {
  return { label: `${label} (${countCases(deps, intent.query, intent.filters)})`, intent };
}

function search(query: string, filters: Filters, sort: 'relevance' | 'newest' | 'oldest' = 'relevance') {
  return { type: 'search' as const, query, filters, sort, page: 1 };
}

function withoutKeys(filters: Filters, keys: readonly (keyof Filters)[]): Filters {
  const next: Filters = { ...filters };
  for (const key of keys) delete next[key];
  return next;
}

/**
 * A complaint about the part of the last answer it names: how that part was read, and the other
 * readings that change exactly that part, each with its count. Undefined when the message is no
 * such complaint or names no part of the last question.
 */
export function repairAnswer(
  text: string,
  last: ListIntent,
  deps: BotDeps,
  read: (command: string) => Intent,
  said: Filters = {},
): Repair | undefined {
  if (last.type !== 'search') return undefined;
  const complaint = complaintPart(text);
  if (complaint === undefined) return undefined;
  const { part } = complaint;
  const { query, filters } = last;
  const asked = describeRequest(query, filters, last.sort);
  const named = read(part);
  // A place said anywhere in the message counts: "that's not Finland, those are Estonian".
  // "not about AI" after "health" leaves AI out; only the last question's own subject is a complaint.
  if (complaint.bare && !sameSubject(part, named, last)) return undefined;
  const namedFilters: Filters = {
    ...('filters' in named ? named.filters : {}),
    ...(said.countries ? { countries: said.countries.filter((c) => !filters.countries?.includes(c)) } : {}),
  };
  if (namedFilters.countries?.length === 0) delete namedFilters.countries;
  const alternatives: Alternative[] = [];
  const newest = deps.newest[0]?.year;
  // The years: "too old", "too recent".
  if (OLD.test(part) || RECENT.test(part) || namedFilters.years) {
    const old = OLD.test(part);
    const years = filters.years ? ` (${describeYears(filters.years)})` : ' (any year)';
    const rest = withoutKeys(filters, ['years']);
    alternatives.push(
      counted(deps, old ? 'Newest first' : 'Oldest first', search(query, rest, old ? 'newest' : 'oldest')),
    );
    if (newest !== undefined) {
      const range = old ? { from: newest - 2 } : { to: newest - 3 };
      if (describeYears(range) !== (filters.years ? describeYears(filters.years) : ''))
        alternatives.push(
          counted(
            deps,
            `${describeYears(range)[0]!.toUpperCase()}${describeYears(range).slice(1)}`,
            search(query, { ...rest, years: range }),
          ),
        );
    }
    return answer(`I read your last question as “${asked}”: the years${years}.`, alternatives);
  }
  // The level: "none of these are local".
  const level = LEVELS.find((l) => new RegExp(`\\b${l}\\b`, 'iu').test(part)) ?? namedFilters.level;
  if (level !== undefined) {
    const rest = withoutKeys(filters, ['level']);
    for (const other of LEVELS)
      if (other !== filters.level)
        alternatives.push(counted(deps, `At ${other} level`, search(query, { ...rest, level: other })));
    alternatives.push(
      counted(deps, `“${level}” in the text`, search([query, level].filter(Boolean).join(' '), rest)),
    );
    const how = filters.level
      ? `at ${filters.level} level: the level of government each case is filed under, not the words of its summary`
      : 'at any level of government';
    return answer(`I read your last question as “${asked}”: ${how}.`, alternatives);
  }
  // The place: "that's not Korea", "those are Estonian".
  if (namedFilters.countries || namedFilters.region || filters.countries || filters.region) {
    const rest = withoutKeys(filters, ['countries', 'region']);
    if (
      (namedFilters.countries || namedFilters.region) &&
      describeRequest('', namedFilters) !==
        describeRequest('', withoutKeys(filters, ['topic', 'years', 'level']))
    ) {
      const place = withoutKeys(namedFilters, ['topic', 'years', 'level', 'topics', 'without']);
      alternatives.push(
        counted(
          deps,
          describeRequest('', place).replace(/^Cases /u, ''),
          search(query, { ...rest, ...place }),
        ),
      );
    }
    alternatives.push(
      counted(deps, `“${part}” in the text`, search([query, part].filter(Boolean).join(' '), rest)),
    );
    alternatives.push(counted(deps, 'Any country', search(query, rest)));
    return answer(
      `I read your last question as “${asked}”: the place is where each case is filed, by country.`,
      alternatives,
    );
  }
  // The subject: "these aren't about health", "not about education at all".
  if (filters.topic || namedFilters.topic || query !== '') {
    const rest = withoutKeys(filters, ['topic']);
    const words = part.replace(/^(?:about|on)\s+/iu, '');
    if (filters.topic) alternatives.push(counted(deps, `“${words}” in the text`, search(words, rest)));
    else if (namedFilters.topic && namedFilters.topic !== filters.topic)
      alternatives.push(
        counted(deps, `${namedFilters.topic} topic`, search('', { ...filters, topic: namedFilters.topic })),
      );
    if (query !== '' && query.includes(' '))
      for (const word of query.split(/\s+/u))
        alternatives.push(counted(deps, `Only “${word}”`, search(word, filters)));
    const how = filters.topic
      ? `cases tagged ${filters.topic}, the topic; a case is tagged with what it is mainly about`
      : `the cases whose title, summary or tags have the words “${query}”`;
    return answer(
      `I read your last question as “${asked}”: ${how}.`,
      alternatives.filter((a) => !a.label.endsWith('(0)')),
    );
  }
  return undefined;
}

function sameSubject(part: string, named: Intent, last: Extract<ListIntent, { type: 'search' }>): boolean {
  const topic = 'filters' in named ? named.filters.topic : undefined;
  if (topic !== undefined && topic === last.filters.topic) return true;
  const words = part.toLowerCase().split(/\s+/u);
  return last.query !== '' && words.some((w) => last.query.toLowerCase().split(/\s+/u).includes(w));
}

function answer(note: string, alternatives: Alternative[]): Repair {
  return {
    intent: { type: 'small-talk', kind: 'complaint' },
    notes: [note, 'One of the readings below may be what you meant.'],
    alternatives: alternatives.filter((a) => !a.label.endsWith('(0)')),
  };
}

// "this is useless, none of these help": the whole answer missed, in a short message.
const WHOLE =
  /\b(?:useless|unhelpful|not\s+(?:helpful|useful|relevant|what\s+i\s+(?:asked|need|needed|wanted)\s*$)|(?:doesn['’]?t|don['’]?t|didn['’]?t|does\s+not|do\s+not)\s+help|none\s+of\s+(?:these|those|them)\s+(?:help|helps|fit|work|are\s+(?:useful|relevant|helpful)))\b/iu;

/** A short message saying the whole last answer missed ("this is useless, none of these help"). */
export function isWholeComplaint(text: string): boolean {
  return text.trim().split(/\s+/u).length <= 10 && WHOLE.test(text);
}

/**
 * "not helpful", "useless", "nope" after an answer: what could help instead, from what the
 * last question was: each part taken off, with its count, and cases like the first shown.
 */
export function helpAfterAnswer(
  last: ListIntent,
  deps: BotDeps,
  shown: readonly string[],
): Repair | undefined {
  if (last.type !== 'search') return undefined;
  const { query, filters } = last;
  const alternatives = broaderThan(deps, query, filters);
  if (query.includes(' '))
    for (const word of query.split(/\s+/u).slice(0, 3))
      alternatives.push(counted(deps, `Only “${word}”`, search(word, filters)));
  alternatives.push(...likeTheFirstShown(shown));
  return {
    intent: { type: 'small-talk', kind: 'complaint' },
    notes: [
      `I read your last question as “${describeRequest(query, filters, last.sort)}”. Broader questions that may help are below.`,
    ],
    alternatives: alternatives.filter((a) => !a.label.endsWith('(0)')),
  };
}

/**
 * "other ones", "any others?" when the last list showed every case it has: says so, and offers
 * the nearest broader questions (each part taken off, the topic's words in any case's text,
 * cases like the first shown), each with its count.
 */
export function noMoreAfter(
  last: ListIntent,
  deps: BotDeps,
  shown: readonly string[],
): { note: string; alternatives: Alternative[] } | undefined {
  if (last.type !== 'search') return undefined;
  const { query, filters } = last;
  const total = countCases(deps, query, filters);
  // An empty list says so, with its own offers.
  if (total === 0 || (last.skip ?? 0) + last.page * (last.count ?? PAGE_SIZE) < total) return undefined;
  const alternatives = broaderThan(deps, query, filters);
  if (filters.topic) {
    const words = filters.topic.toLowerCase().split(/\s*&\s*|\s+/u)[0] ?? '';
    const rest = withoutKeys(filters, ['topic']);
    const inText = countCases(deps, words, rest);
    // Only when the words find more than the topic did: the same cases are no other answer.
    if (words !== '' && inText > total)
      alternatives.push(counted(deps, `“${words}” in any case's text`, search(words, rest)));
  }
  alternatives.push(...likeTheFirstShown(shown));
  return {
    note: `That was every case of “${describeRequest(query, filters, last.sort)}” (${total}): there are no others. Broader questions are below.`,
    alternatives: alternatives.filter((a) => !a.label.endsWith('(0)')),
  };
}

// "cases that USE ai, not about it", "ones using open data rather than about open data".
const USES_NOT_ABOUT =
  /\b(?:use|uses|using|used|apply|applies|applying|with)\s+(?<what>[\p{L}\p{N}][\p{L}\p{N}\s&-]*?)\s*,?\s+(?:and\s+)?(?:not|rather\s+than|instead\s+of)\s+(?:(?:ones?|cases?|projects?)\s+)?(?:about|on)\b/iu;

/**
 * A correction setting what a case uses against what it is about: the topic says what a case is
 * about, so what it uses is searched in the cases' text, the topic offered back.
 */
export function usesNotAbout(
  text: string,
  deps: BotDeps,
  read: (command: string) => Intent,
): Repair | undefined {
  const what = USES_NOT_ABOUT.exec(text)?.groups?.what?.trim();
  if (!what) return undefined;
  const named = read(what);
  const topic = 'filters' in named ? named.filters.topic : undefined;
  if (topic === undefined) return undefined;
  return {
    intent: search(what, {}),
    notes: [
      `You asked for cases that use ${what} rather than cases about it: I searched “${what}” in the cases' text, not the ${topic} topic (what a case is mainly about).`,
    ],
    alternatives: [counted(deps, `${topic} topic`, search('', { topic }))],
  };
}

/** The last question with one part taken off, the three that find the most, as buttons. */
function broaderThan(deps: BotDeps, query: string, filters: Filters): Alternative[] {
  return relaxRequest(deps, query, filters)
    .slice(0, 3)
    .map((r) => ({ label: r.label, intent: search(r.query, r.filters) }));
}

/** Cases like the first case the last answer showed, as a button: none when it showed none. */
function likeTheFirstShown(shown: readonly string[]): Alternative[] {
  const first = shown[0];
  return first === undefined
    ? []
    : [{ label: 'Cases like the first one', intent: { type: 'similar', id: first, filters: {}, page: 1 } }];
}
