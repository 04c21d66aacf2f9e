import type { BotDeps } from '../intents/bot-deps.js';
import { describeRequest } from '../intents/describe-request.js';
import type { Intent } from '../intents/intent.js';
import { caseFilter, selectedCases } from '../intents/select-cases.js';
import { PLURAL_CASE_NOUNS } from '../understanding/read-refs.js';
import type { Understanding } from '../understanding/understanding.js';
import { caseNamedIn } from './case-named-in.js';
import { type Alternative, type Decision, decision, freshIntent, type ResolveContext } from './decision.js';
import { lineOfCounts } from './line-of-counts.js';
import { comparison } from './resolve-comparison.js';
import { resolveRef } from './resolve-refs.js';
import { titleTypedIn } from './title-typed-in.js';

// "Results" asked of a case it names are its outcomes ("was it evaluated? any results published?").
const PLURAL_CASES = new RegExp(
  `\\b(?:${[...PLURAL_CASE_NOUNS].filter((noun) => noun !== 'results').join('|')})\\b`,
  'iu',
);

/** Words that ask for cases like another: "related to", "like", "similar to", "inspired by". */
const RELATED = /\b(?:relat(?:ed|ing)|like|similar|same|inspired|based on|comparable|resembl\w*)\b/iu;

/** A question, not keywords: it opens with a question word or asks for a summary, or ends with "?". */
const QUESTION =
  /^(?:what|whats|how|who|whom|which|when|where|why|is|are|was|were|did|does|do|can|could|would|please)\b|\?\s*$/iu;

/**
 * "what impact did AI Friends have?", "how was the cardiac telerehabilitation evaluated?", "how
 * much did the Presidential Employment Stimulus cost?": a question about a case it names is
 * answered by showing that case, whose facts and summary hold what is known; the words searched
 * are the other reading.
 */
export function askedAboutACase(
  u: Understanding,
  text: string,
  deps: BotDeps | undefined,
): Decision | undefined {
  const asked =
    u.kind === 'search' || (u.kind === 'count' && /\bhow much\b/iu.test(text) && u.by === undefined);
  if (!deps || !asked || u.literal || u.followUp || u.subject === '' || !QUESTION.test(text.trim()))
    return undefined;
  if (Object.keys(u.filters).length > 0) return undefined;
  const named = caseNamedIn(u.subject, deps);
  if (!named) return undefined;
  const alternatives = [{ label: `Search “${u.subject}”`, intent: freshIntent({ ...u, kind: 'search' }) }];
  // "which cases are related to the Gwanak platform?": cases in the plural are those like it;
  // "what programmes have been run for youth mental health" asks for the cases about the words.
  if (PLURAL_CASES.test(text)) {
    if (!RELATED.test(text)) return undefined;
    return decision({ type: 'similar', id: named.id, filters: {}, page: 1 }, { alternatives });
  }
  return decision(
    { type: 'show', id: named.id },
    { notes: [`Showing “${named.title}”, the case your question names.`], alternatives },
  );
}

/**
 * "show my france 2022": a case's whole title typed, from whose words places or years were read,
 * is that case; the filters read from them are the other reading, a button.
 */
export function titleOverFilters(
  u: Understanding,
  text: string,
  deps: BotDeps | undefined,
): Decision | undefined {
  if (!deps || u.kind !== 'search' || u.literal) return undefined;
  if (u.followUp !== undefined && u.followUp !== 'filters-only') return undefined;
  const { countries, region, years } = u.filters;
  if (!countries && !region && !years) return undefined;
  const titled = titleTypedIn(text, deps);
  if (!titled) return undefined;
  const filtered = freshIntent(u);
  const asFilters = 'filters' in filtered ? describeRequest(u.subject, filtered.filters) : 'The filters';
  return decision(
    { type: 'show', id: titled.id },
    {
      notes: [`Taking that as the case “${titled.title}”; ${lowerFirst(asFilters)} are a button below.`],
      alternatives: [{ label: asFilters, intent: filtered }],
    },
  );
}

/** "show me …", "can you show …": asking to be shown, of a list or of one case. */
const SHOW_ME = /^\W*(?:(?:can|could|would) you |please |pls )?show\b/iu;

/**
 * "show me AI Friends": a case's whole title, and nothing else, after "show me" names the case,
 * even when the title is common words; the search for the words is the other reading, a button.
 */
export function wholeTitleShown(
  u: Understanding,
  text: string,
  deps: BotDeps | undefined,
): Decision | undefined {
  if (!deps || u.kind !== 'search' || u.literal || u.subject === '' || !SHOW_ME.test(text)) return undefined;
  if (u.followUp !== undefined || Object.keys(u.filters).length > 0) return undefined;
  const titled = titleTypedIn(u.subject, deps);
  if (!titled || contentCount(titled.title) !== contentCount(u.subject)) return undefined;
  return decision(
    { type: 'show', id: titled.id },
    {
      notes: [`Taking that as the case “${titled.title}”; cases matching “${u.subject}” are a button below.`],
      alternatives: [{ label: `Search “${u.subject}”`, intent: freshIntent(u) }],
    },
  );
}

export function sameWords(a: string, b: string): boolean {
  const words = (text: string) =>
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w !== '')
      .join(' ');
  return words(a) === words(b);
}

function contentCount(text: string): number {
  return text.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '').length;
}

export function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? `${text.charAt(0).toLowerCase()}${text.slice(1)}` : text;
}

/** Whether a message says what its case is about: "that Irish challenge", "the case about rehab". */
function describesCase(u: Understanding): boolean {
  if (u.refs.some((r) => r.type !== 'pronoun')) return false;
  return u.subject !== '' || Object.keys(u.filters).length > 0;
}

/**
 * "what was that Irish challenge for tech startups?", "tell me about that Belgian project":
 * "that" points at the case the rest describes, not at the case in focus. Of the cases shown
 * last, the first that fits (the one in focus first); none shown or none fitting, the cases that
 * fit, as a search. `undefined` without the knowledge to check a description against.
 */
function describedCase(u: Understanding, ctx: ResolveContext): Decision | undefined {
  const { deps, state } = ctx;
  if (!deps) return undefined;
  const shown = state?.shown ?? [];
  const fits = caseFilter(deps, u.filters);
  const about = u.subject === '' ? undefined : new Set(selectedCases(deps, u.subject, {}).map((c) => c.id));
  const order =
    state?.focus && shown.includes(state.focus)
      ? [state.focus, ...shown.filter((id) => id !== state.focus)]
      : shown;
  const fitting = order.filter((id) => {
    const c = deps.byId.get(id);
    return c !== undefined && fits(c) && (about === undefined || about.has(id));
  });
  const page = typeof u.page === 'number' ? u.page : 1;
  const [first, second] = fitting;
  if (first !== undefined) {
    const intent: Intent =
      u.kind === 'similar' ? { type: 'similar', id: first, filters: {}, page } : { type: 'show', id: first };
    if (second === undefined) return decision(intent);
    const title = (id: string) => deps.byId.get(id)?.title ?? id;
    return decision(intent, {
      notes: [`Taking that as “${title(first)}”, the first of the ${fitting.length} shown that fit.`],
      alternatives: [{ label: `Or “${title(second)}”`, intent: { ...intent, id: second } }],
    });
  }
  if (u.kind === 'similar') return decision({ type: 'similar', text: u.subject, filters: u.filters, page });
  return decision(freshIntent({ ...u, kind: 'search', refs: [] }), {
    notes: shown.length > 0 ? ['None of the cases shown last fits that, so here are the cases that do.'] : [],
  });
}

/** "show the second one", "tell me about the Bogotá one", "similar to AI Friends", "more like this". */
/** Cases shown side by side at most: a comparison's width. */
const MOST_SHOWN_TOGETHER = 3;

export function caseRequest(u: Understanding, text: string, ctx: ResolveContext): Decision {
  // "the first and the third", "1 and 3": two or three cases asked for at once, side by side.
  const named = u.refs.filter((r) => r.type === 'ordinal' || r.type === 'id');
  if (
    u.kind === 'show' &&
    named.length >= 2 &&
    named.length === u.refs.length &&
    named.length <= MOST_SHOWN_TOGETHER
  )
    return comparison({ ...u, kind: 'compare' }, text, ctx);
  // "what about this one <link to a case>": the case named says which one "this one" is.
  const ref = u.refs.find((r) => r.type !== 'pronoun') ?? u.refs[0] ?? { type: 'pronoun' as const };
  if (u.kind === 'similar' && u.literal)
    return decision({
      type: 'similar',
      text: u.subject,
      filters: u.filters,
      page: typeof u.page === 'number' ? u.page : 1,
    });
  const page = typeof u.page === 'number' ? u.page : 1;
  // "similar initiatives to My France 2022": a title read as a place and a year still names its case.
  const titled =
    u.refs.length === 0 && u.subject === '' && ctx.deps ? caseNamedIn(text, ctx.deps) : undefined;
  if (titled)
    return decision(
      u.kind === 'similar'
        ? { type: 'similar', id: titled.id, filters: {}, page }
        : { type: 'show', id: titled.id },
    );
  if (ref.type === 'pronoun' && ref.described && describesCase(u)) {
    const described = describedCase(u, ctx);
    if (described) return described;
  }
  const resolved = resolveRef(ref, ctx.state, ctx.deps);
  switch (resolved.type) {
    case 'no-context': {
      // "similar to health" with no case yet to be like: the cases of what it names.
      if (u.kind === 'similar' && Object.keys(u.filters).length > 0)
        return decision(freshIntent({ ...u, kind: 'search', refs: [] }), {
          notes: ['There is no case yet to find others like, so here are the cases that fit what you named.'],
        });
      // "something similar?" after a search that found nothing: cases like what was searched.
      const lastAsked = ctx.state?.last === undefined ? undefined : ctx.read(ctx.state.last);
      if (u.kind === 'similar' && lastAsked?.type === 'search' && lastAsked.query !== '')
        return decision(
          { type: 'similar', text: lastAsked.query, filters: lastAsked.filters, page },
          { notes: [`No case was shown to be like, so here are cases like “${lastAsked.query}”.`] },
        );
      // "top topics" then "list the first one": the first line of the counts, its cases.
      const last = ctx.state?.last === undefined ? undefined : ctx.read(ctx.state.last);
      const line =
        ref.type === 'ordinal' && last && ctx.deps ? lineOfCounts(last, ref.index, ctx.deps) : undefined;
      if (line)
        return decision(line.intent, {
          followed: true,
          notes: [`Taking that as a line of the counts: ${line.label}.`],
        });
      // '"Co-creation of public spaces …" — who ran this?': with no case in focus, "this" is the
      // case the message names.
      const named = ref.type === 'pronoun' && ctx.deps ? caseNamedIn(text, ctx.deps) : undefined;
      if (named) return decision({ type: 'show', id: named.id });
      return decision({
        type: 'follow-up',
        asked: text,
        ...(ctx.state?.last !== undefined ? { lastShowedNone: true as const } : {}),
      });
    }
    case 'not-a-name':
    case 'unknown': {
      // "summarise the Future Tech Challenge and who ran it": the name among the other words asked.
      const named =
        ref.type === 'name' && ref.loose && ctx.deps ? caseNamedIn(u.subject, ctx.deps) : undefined;
      if (named && u.kind !== 'similar')
        return decision(
          { type: 'show', id: named.id },
          {
            notes: [`Showing “${named.title}”, the case your question names.`],
            alternatives: [
              { label: `Search “${u.subject}”`, intent: freshIntent({ ...u, kind: 'search', refs: [] }) },
            ],
          },
        );
      if (u.kind === 'similar')
        return decision({ type: 'similar', text: resolved.text, filters: u.filters, page });
      return decision(freshIntent({ ...u, kind: 'search', subject: u.subject || resolved.text }));
    }
    case 'case': {
      const intent: Intent =
        u.kind === 'similar'
          ? { type: 'similar', id: resolved.id, filters: u.filters, page }
          : { type: 'show', id: resolved.id };
      const alternatives: Alternative[] = resolved.runnerUp
        ? [{ label: `Or “${resolved.runnerUp.title}”`, intent: { ...intent, id: resolved.runnerUp.id } }]
        : [];
      return decision(intent, { notes: resolved.note ? [resolved.note] : [], alternatives });
    }
    default: {
      const unreachable: never = resolved;
      return unreachable;
    }
  }
}
