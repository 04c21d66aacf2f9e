import type { BotDeps } from '../intents/bot-deps.js';
import { caseCount, describeRequest, describeWhere } from '../intents/describe-request.js';
import { formatCommand } from '../intents/format-command.js';
import type { Filters, Intent, Sort } from '../intents/intent.js';
import { countCases, selectCases } from '../intents/select-cases.js';
import type { Case } from '../knowledge/case.js';
import type { ReplyContent } from '../replies/reply.js';
import { FIELD_BOOSTS } from '../search/build-search-index.js';
import type { WhyAsk } from '../understanding/read-why.js';
import {
  describeMatches,
  filtersFailed,
  filtersMet,
  passageWith,
  searchWords,
  wordsMatched,
} from './case-matches.js';
import type { ConversationState } from './conversation-store.js';
import { messageReply } from './message-reply.js';
import { resolveRef } from './resolve-refs.js';

/** The last list as asked: its words, filters and order. */
interface Asked {
  query: string;
  filters: Filters;
  sort: Sort;
}

export interface ExplainContext {
  state?: ConversationState;
  deps: BotDeps;
  /** Reads a remembered command back. */
  read: (command: string) => Intent;
  /** The places a name stands for ("Korea", "the Korean ones"), as a message's filters. */
  placesIn: (text: string) => Pick<Filters, 'countries' | 'region'>;
}

function lastAsked(ctx: ExplainContext): Asked | undefined {
  const last = ctx.state?.last === undefined ? undefined : ctx.read(ctx.state.last);
  if (!last) return undefined;
  if (last.type === 'search') return { query: last.query, filters: last.filters, sort: last.sort };
  if (last.type === 'random' || last.type === 'count')
    return { query: last.query, filters: last.filters, sort: 'relevance' };
  return undefined;
}

/** The words the cases were matched on: those searched, else the topic's name. */
function wordsOf(asked: Asked | undefined, ask: WhyAsk): string[] {
  if (ask.words) return searchWords(ask.words);
  if (!asked) return [];
  return searchWords(asked.query !== '' ? asked.query : (asked.filters.topic ?? ''));
}

function readingLines(asked: Asked, deps: BotDeps): string[] {
  const total = countCases(deps, asked.query, asked.filters);
  const others = (Object.keys(asked.filters) as (keyof Filters)[]).some(
    (k) => k !== 'topic' && asked.filters[k] !== undefined,
  );
  const kept = others ? ', then the filters keep the cases that meet them' : '';
  const lines = [
    `I read the last question as “${describeRequest(asked.query, asked.filters, asked.sort)}”: ${caseCount(total)}.`,
  ];
  if (asked.query !== '')
    lines.push(
      `Words searched: “${asked.query}”, in each case's title, summary and tags (slips and related words count too)${kept}.`,
    );
  else if (asked.filters.topic)
    lines.push(`No words searched: the cases tagged ${asked.filters.topic}${kept}.`);
  else lines.push('No words searched: every case the filters keep.');
  lines.push(orderLine(asked));
  return lines;
}

function orderLine(asked: Asked): string {
  if (asked.sort === 'newest') return 'Order: newest first, by the year each case started.';
  if (asked.sort === 'oldest') return 'Order: oldest first, by the year each case started.';
  if (asked.sort === 'title') return 'Order: by title, A to Z.';
  if (asked.query === '' && asked.filters.topic)
    return `Order: the cases whose text names ${asked.filters.topic} first, as a search for it ranks them, then the others, newest first.`;
  if (asked.query === '') return 'Order: newest first.';
  const { title, tags, summary } = FIELD_BOOSTS;
  return `Order: by relevance, best match first: more of the words, and words in the title (×${title}) or tags (×${tags}) weigh more than in the summary (×${summary}).`;
}

function caseLine(
  c: Case,
  position: number | undefined,
  words: readonly string[],
  asked: Asked | undefined,
  deps: BotDeps,
): string {
  const where = position === undefined ? '' : `#${position + 1} `;
  const parts = [describeMatches(c, words), ...(asked ? filtersMet(c, asked.filters, deps) : [])].filter(
    Boolean,
  );
  if (asked?.sort === 'newest' || asked?.sort === 'oldest')
    parts.push(c.year === undefined ? 'undated' : `started ${c.year}`);
  return `${where}“${c.title}”: ${parts.join('; ') || 'shown because the question named it'}.`;
}

/** Why a case named is not in the last answer: the filter that leaves it out, or the words it lacks, or its rank. */
function missingLines(c: Case, asked: Asked, words: readonly string[], deps: BotDeps): string[] {
  const failed = filtersFailed(c, asked.filters, deps);
  if (failed.length > 0) return failed.map((f) => `“${c.title}” is not in it: ${f}.`);
  const found = [...selectCases(deps, asked.query, asked.filters, asked.sort).cases()];
  const at = found.findIndex((x) => x.id === c.id);
  if (at < 0 && wordsMatched(c, words).length === 0)
    return [`“${c.title}” is not in it: it has none of “${words.join(' ')}” in its title, summary or tags.`];
  if (at < 0) return [`“${c.title}” does not match the question.`];
  return [`“${c.title}” does match: it is #${at + 1} of ${found.length}, past the cases shown (ask “next”).`];
}

/**
 * Why the last answer is what it is, from what it was: how the question was read (filters,
 * words searched, order), which of the words each case has and in which fields, where a case
 * ranks and why, and for a case or place named that is not in it, what leaves it out.
 */
export function explainAnswer(ask: WhyAsk, text: string, ctx: ExplainContext): ReplyContent {
  const { state, deps } = ctx;
  const shown = (state?.shown ?? []).map((id) => deps.byId.get(id)).filter((c): c is Case => c !== undefined);
  const asked = lastAsked(ctx);
  if (!asked && shown.length === 0 && state?.focus === undefined)
    return messageReply(
      'Nothing to explain yet',
      [
        'Nothing has been asked in this conversation yet, so there is no answer to explain. Ask for cases first (“open data in Korea”), then “why these?”.',
      ],
      text,
    );
  const words = wordsOf(asked, ask);
  const lines = asked && !ask.words ? readingLines(asked, deps) : [];
  const positionOf = (c: Case) => {
    const i = shown.findIndex((s) => s.id === c.id);
    return i < 0 ? undefined : i;
  };
  if (ask.about === 'named' && ask.named) {
    const places = ctx.placesIn(ask.named);
    const codes = places.countries ?? [];
    const place = describeWhere(places).replace(/^from /u, '') || ask.named;
    const fromPlace = codes.length > 0 ? shown.filter((c) => c.countries.some((k) => codes.includes(k))) : [];
    if (codes.length > 0 && fromPlace.length > 0 && !ask.missing) {
      lines.push(...fromPlace.map((c) => caseLine(c, positionOf(c), words, asked, deps)));
      return messageReply(`Why the cases from ${place}`, lines, text);
    }
    if (codes.length > 0 && asked) {
      const withPlace = { ...asked.filters, ...places };
      delete withPlace.except;
      if (!places.region) delete withPlace.region;
      const n = countCases(deps, asked.query, withPlace);
      const where = describeWhere(asked.filters);
      lines.push(
        where
          ? `No cases from ${place} in it: the question asks for cases ${where}.`
          : `No case from ${place} matches the question.`,
        `The same question for ${place}: ${caseCount(n)}.`,
      );
      const intent: Intent = {
        type: 'search',
        query: asked.query,
        filters: withPlace,
        sort: asked.sort,
        page: 1,
      };
      const offer = {
        type: 'alternative' as const,
        label: `The same for ${place}`,
        command: formatCommand(intent),
      };
      return messageReply(`Why no cases from ${place}`, lines, text, n > 0 ? [offer] : []);
    }
    const ref = resolveRef({ type: 'name', text: ask.named }, state, deps);
    const c = ref.type === 'case' ? deps.byId.get(ref.id) : undefined;
    if (!c) {
      lines.push(`I know no case called “${ask.named}”.`);
      return messageReply(`Why “${ask.named}”`, lines, text);
    }
    const at = positionOf(c);
    if (at === undefined && asked) lines.push(...missingLines(c, asked, words, deps));
    else lines.push(caseLine(c, at, words, asked, deps));
    // Asked why it is first when it is not: said so, with the case that is.
    const top = shown[0];
    if (ask.first && at !== undefined && at > 0 && top) {
      lines.push(`It is not first but #${at + 1}; first is:`, caseLine(top, 0, words, asked, deps));
    }
    return messageReply(`Why “${c.title}”`, lines, text);
  }
  if (ask.about === 'case') {
    const c = (state?.focus ? deps.byId.get(state.focus) : undefined) ?? shown[0];
    if (!c)
      return messageReply(
        'No case to explain',
        [...lines, 'No case was shown last, so there is none to explain.'],
        text,
      );
    lines.push(caseLine(c, positionOf(c), words, asked, deps));
    const passage = ask.words ? passageWith(c, words) : undefined;
    if (passage) lines.push(`Its summary says: “${passage}”`);
    return messageReply(`Why “${c.title}”`, lines, text);
  }
  lines.push(...shown.slice(0, 5).map((c, i) => caseLine(c, i, words, asked, deps)));
  return messageReply(ask.about === 'order' ? 'Why this order' : 'Why these cases', lines, text);
}
