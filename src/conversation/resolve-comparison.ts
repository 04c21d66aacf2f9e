import type { BotDeps } from '../intents/bot-deps.js';
import { describeRequest } from '../intents/describe-request.js';
import type { Filters, Intent } from '../intents/intent.js';
import { byNewest, byOldest, selectCases } from '../intents/select-cases.js';
import { isTopicSide } from '../intents/side-request.js';
import { getCountry } from '../knowledge/countries/index.js';
import { PLURAL_CASE_NOUNS } from '../understanding/read-refs.js';
import type { Understanding } from '../understanding/understanding.js';
import { compareRegions } from './compare-regions.js';
import type { ConversationState } from './conversation-store.js';
import {
  type Alternative,
  type Decision,
  decision,
  isListIntent,
  queryOf,
  type ResolveContext,
} from './decision.js';
import { onLastSubject } from './on-last-subject.js';
import { type ListIntent, withCountry } from './refine-intent.js';
import { resolveRef } from './resolve-refs.js';
import { subjectSides } from './subject-sides.js';

/** "more … or …", "which has fewer, … or …?": a question of which has more. */
const MORE = /\b(?:more|most|fewer|less|bigger|larger)\b/iu;

/** "Korea or Japan", or "which" between places listed ("cases from Korea, cases from Japan: which has more?"). */
const EITHER = /\b(?:or|vs|versus|which)\b/iu;

/**
 * "do you have more cases from Europe or Asia?", "which has more, Korea or Japan?", "is there
 * more on health or on education?": the places (or topics) side by side by their counts.
 */
export function amountComparison(u: Understanding, text: string): Decision | undefined {
  if (
    !['search', 'page', 'count'].includes(u.kind) ||
    u.subject !== '' ||
    !MORE.test(text) ||
    !EITHER.test(text)
  )
    return undefined;
  const { countries: codes = [], topics, ...rest } = u.filters;
  if (codes.length >= 2 && !u.filters.region)
    return decision({ type: 'compare-places', countries: codes.slice(0, 3), query: '', filters: rest });
  const regions = compareRegions({ ...u, refs: [] });
  if (regions) return decision(regions, { notes: ['Each region with how many cases it has.'] });
  if (u.filters.level !== undefined && u.otherLevel !== undefined) {
    const { level: _level, ...others } = u.filters;
    return decision(withCountry({ type: 'count', query: '', filters: others, by: 'level' }), {
      notes: ['How many cases each level of government has.'],
    });
  }
  if (topics && topics.labels.length >= 2 && codes.length <= 1)
    return decision(
      withCountry({
        type: 'count',
        query: '',
        filters: { ...u.filters, topics: { labels: topics.labels } },
        by: 'topic',
      }),
      { notes: [`How many cases each topic has: ${topics.labels.join(', ')} among them.`] },
    );
  return undefined;
}

/** Words that set things against each other: "vs", "compared to", "how does X differ from Y". */
const COMPARING = /\b(?:vs|versus|compar(?:e|es|ed|ing|ison)|differs?|differences?)\b/iu;

/** "over time", "by year", "per year", "trend": each side's count by year is offered. */
const OVER_TIME = /\b(?:over time|over the years|by year|per year|each year|year by year|trends?)\b/iu;

/** "vs mobility?", "compared to AI?" after a list: the list's subject is the first side. */
const AGAINST_LAST = /^\s*(?:vs\b\.?|versus\b|compared?\s+(?:to|with)\b|against\b|and how about\b)/iu;

/**
 * "health vs open data in Europe", "which is more common, participation or open data?", "open data
 * compared to AI over time": subjects or topics named against each other, counted a line each
 * within the message's filters (see count-sides). After a list, "vs mobility?" sets the list's
 * subject against the one named, and subjects named with no filters of their own are counted
 * within the list's filters ("cases from Korea", then "how does AI compare to health there?").
 */
export function sidesCompared(
  u: Understanding,
  text: string,
  ctx: ResolveContext,
  lastList: ListIntent | undefined,
): Decision | undefined {
  const asks = u.kind === 'compare' || COMPARING.test(text) || (MORE.test(text) && /\bor\b/iu.test(text));
  if (!asks || u.refs.some((r) => r.type !== 'name')) return undefined;
  const named = subjectSides(text, ctx.read, ctx.deps);
  if (!named) return undefined;
  const notes: string[] = [];
  let sides = named;
  const lastSide =
    lastList && lastList.type !== 'similar' ? lastList.query || lastList.filters.topic : undefined;
  if (sides.length === 1 && lastSide && AGAINST_LAST.test(text) && lastSide !== sides[0]) {
    sides = [lastSide, ...sides];
    notes.push(`Setting the last question's subject against it.`);
  }
  if (sides.length < 2) return undefined;
  const { topic: _topic, topics: _topics, ...own } = u.filters;
  let filters: Filters = own;
  const alternatives: Alternative[] = [];
  const by = u.by === 'year' || OVER_TIME.test(text) ? { by: 'year' as const } : {};
  const all: Intent = withCountry({ type: 'count', query: '', filters, sides, ...by });
  if (Object.keys(own).length === 0 && lastList) {
    const { topic: _t, topics: _ts, ...carried } = lastList.filters;
    if (Object.keys(carried).length > 0) {
      filters = carried;
      notes.push(
        `Counted within the last question: ${describeRequest('', carried).replace(/^Cases /u, 'cases ')}. All cases is a button below.`,
      );
      alternatives.push({ label: 'All cases', intent: all });
    }
  }
  const intent: Intent = withCountry({ type: 'count', query: '', filters, sides, ...by });
  notes.unshift(
    `Counting ${sides.length === 2 ? 'both' : 'each'} side by side: ${sides.map((s) => sideWords(s)).join(', ')}.`,
  );
  return decision(intent, { notes, alternatives, followed: filters !== own });
}

/** A side as a reading says it: "Health (the topic)", "“open data” (searched)". */
function sideWords(side: string): string {
  return isTopicSide(side) ? `${side} (the topic)` : `“${side}” (searched)`;
}

/** A comparison of sides, on the last list's subject when it names none of its own. */
export function compared(made: Decision, u: Understanding, lastList: ListIntent | undefined): Decision {
  const onIt = made.followed ? undefined : onLastSubject(made.intent, u, lastList);
  if (!onIt) return made;
  return {
    intent: onIt.intent,
    notes: [...made.notes, onIt.note],
    alternatives: [...made.alternatives, onIt.alternative],
    followed: true,
  };
}

export function isBareSort(u: Understanding): boolean {
  return (
    u.subject === '' && Object.keys(u.filters).length === 0 && u.refs.length === 0 && u.kind === 'search'
  );
}

/**
 * The newest or oldest of the cases just compared, with the years that decided it; the comparison
 * again when none of them gives its year.
 */
export function comparedExtreme(ids: readonly string[], sort: 'newest' | 'oldest', deps: BotDeps): Decision {
  const compared = ids.flatMap((id) => deps.byId.get(id) ?? []);
  const dated = compared.filter((c) => c.year !== undefined).sort(sort === 'newest' ? byNewest : byOldest);
  const best = dated[0];
  if (best === undefined)
    return decision(
      { type: 'compare', ids: compared.map((c) => c.id) },
      { notes: ['None of the cases compared says when it started.'], followed: true },
    );
  const years = compared.map((c) => `“${c.title}”: ${c.year ?? 'no year given'}`).join('; ');
  const tie = dated.filter((c) => c.year === best.year).length > 1 ? ', with another of the same year' : '';
  const of = dated.length < compared.length ? ' of those that say when they started' : '';
  return decision(
    { type: 'show', id: best.id },
    {
      notes: [`Of the ${compared.length} compared, this is the ${sort}${of}${tie}: ${years}.`],
      followed: true,
    },
  );
}

/** "compare AI Friends and the Ghent one", "compare 1 and 3", "compare them"; or what two places did. */
export function comparison(u: Understanding, text: string, ctx: ResolveContext, bySides = true): Decision {
  const countries = u.filters.countries ?? [];
  const names = u.refs.filter((r) => r.type === 'name');
  if (countries.length >= 2 && names.length === u.refs.length) {
    const { countries: _, ...filters } = u.filters;
    return decision({ type: 'compare-places', countries: countries.slice(0, 3), query: u.subject, filters });
  }
  const regions = compareRegions(u);
  if (regions)
    return decision(regions, {
      notes: [
        `I compare regions by how many cases each has${regions.type === 'count' && regions.by === 'country' ? ', country by country' : ''}.`,
      ],
    });
  const asked = askedPlaces(u, ctx);
  if (asked) return decision(asked, { followed: true });
  const lastAnswer = ctx.state?.last === undefined ? undefined : ctx.read(ctx.state.last);
  const lastOfList = lastAnswer && isListIntent(lastAnswer) ? lastAnswer : undefined;
  const sides = bySides ? sidesCompared(u, text, ctx, lastOfList) : undefined;
  if (sides) {
    // "health vs education": words of titles too; the cases they would name are the other reading.
    const cases = comparison(u, text, ctx, false);
    if (cases.intent.type === 'compare' && cases.intent.ids.every((id) => ctx.deps?.byId.has(id)))
      sides.alternatives.push({
        label: `Compare the cases ${cases.intent.ids.map((id) => `“${ctx.deps?.byId.get(id)?.title}”`).join(' and ')}`,
        intent: cases.intent,
      });
    return sides;
  }
  const ofPlace = casesOfPlace(u, text, ctx);
  if (ofPlace) return ofPlace;
  const pronoun = u.refs.length === 1 && u.refs[0]!.type === 'pronoun';
  // "compare them" after an answer about two or three places compares the places; the cases
  // shown are the other reading.
  const places = ctx.state?.places;
  if (pronoun && places && places.length >= 2 && countries.length === 0) {
    const { places: _places, ...caseState } = ctx.state!;
    const cases = comparison(u, text, { ...ctx, state: caseState });
    const alternatives: Alternative[] =
      cases.intent.type === 'compare' ? [{ label: 'Compare the cases shown', intent: cases.intent }] : [];
    return decision(
      { type: 'compare-places', countries: places, query: u.subject, filters: u.filters },
      { alternatives },
    );
  }
  const refs = pronoun ? pronounParts(ctx.state) : u.refs;
  const ids: string[] = [];
  const notes: string[] = [];
  const lastList = ctx.state?.last === undefined ? undefined : ctx.read(ctx.state.last);
  // "the newest", "the oldest": of the last list when there is one; those of all are the other reading.
  const ofAll: string[] = [];
  let fromList = false;
  for (const ref of refs) {
    const extreme = ref.type === 'extreme' ? extremeOf(lastList, ref.sort, ctx.deps) : undefined;
    const anyCase = ref.type === 'extreme' ? resolveRef(ref, undefined, ctx.deps) : undefined;
    if (anyCase?.type === 'case' && !ofAll.includes(anyCase.id)) ofAll.push(anyCase.id);
    if (extreme !== undefined) {
      fromList = true;
      if (!ids.includes(extreme)) ids.push(extreme);
      continue;
    }
    const resolved = resolveRef(ref, ctx.state, ctx.deps);
    if (resolved.type === 'case') {
      if (!ids.includes(resolved.id)) ids.push(resolved.id);
      if (resolved.note) notes.push(resolved.note);
    } else if (resolved.type === 'not-a-name' || resolved.type === 'unknown') ids.push(resolved.text);
    else return decision({ type: 'follow-up', asked: text });
  }
  if (ids.length === 0) return decision({ type: 'follow-up', asked: text });
  // "compare it with the Ghent one": a single named case is compared with the one in focus.
  if (ids.length === 1 && ctx.state?.focus && ctx.state.focus !== ids[0]) ids.unshift(ctx.state.focus);
  if (!fromList) return decision({ type: 'compare', ids }, { notes });
  notes.push('Taking them from the last list.');
  const alternatives: Alternative[] =
    ofAll.length >= 2 && ofAll.join() !== ids.join()
      ? [{ label: 'Of all cases', intent: { type: 'compare', ids: ofAll } }]
      : [];
  return decision({ type: 'compare', ids }, { notes, alternatives });
}

/** How many cases a comparison may name; more are not set side by side. */
const MOST_COMPARED = 3;

const SMALL_COUNTS: Readonly<Record<string, number>> = { two: 2, both: 2, three: 3, '2': 2, '3': 3 };

/**
 * "compare the two Belgian ones", "quick comparison of the Korean cases": the cases of the one
 * place named, in the plural, compared with each other (the place's name is no case's).
 */
function casesOfPlace(u: Understanding, text: string, ctx: ResolveContext): Decision | undefined {
  const countries = u.filters.countries ?? [];
  if (!ctx.deps || countries.length !== 1 || u.refs.length !== 1 || u.refs[0]!.type !== 'name')
    return undefined;
  const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  if (!words.some((w) => PLURAL_CASE_NOUNS.has(w))) return undefined;
  const said = words.map((w) => SMALL_COUNTS[w]).find((n) => n !== undefined);
  const { years, level, topic, topics, region, except, without, exceptYears } = u.filters;
  const filters = { countries, years, level, topic, topics, region, except, without, exceptYears };
  const kept = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as Filters;
  const ranked = selectCases(ctx.deps, '', kept, 'newest');
  const place = getCountry(countries[0]!)?.name ?? countries[0]!;
  // "compare the two Irish ones" with one Irish case: that one, and what a comparison needs.
  if (ranked.total === 1)
    return decision(
      { type: 'show', id: ranked.at(0).case.id },
      {
        notes: [
          `There is one case from ${place}, so nothing to compare it with here; name another case to compare it.`,
        ],
      },
    );
  if (ranked.total < 2) return undefined;
  const n = Math.min(said ?? MOST_COMPARED, MOST_COMPARED, ranked.total);
  const ids = Array.from({ length: n }, (_, k) => ranked.at(k).case.id);
  const of = ranked.total > n ? `the newest ${n} of the ${ranked.total}` : `the ${n}`;
  return decision({ type: 'compare', ids }, { notes: [`Comparing ${of} cases from ${place}.`] });
}

/**
 * "the newest" or "the oldest" of the last list, whatever page of it was shown; undefined when the
 * last answer was no list of cases by words and filters (the newest of all is then meant).
 */
function extremeOf(last: Intent | undefined, sort: 'newest' | 'oldest', deps: BotDeps | undefined) {
  if (!deps || !last || (last.type !== 'search' && last.type !== 'count' && last.type !== 'random'))
    return undefined;
  const ranked = selectCases(deps, last.query, last.filters, sort);
  return ranked.total === 0 ? undefined : ranked.at(0).case.id;
}

/** "compare them": the cases just shown, up to three. */
function pronounParts(state: ConversationState | undefined) {
  return (state?.shown ?? []).slice(0, 3).map((_, index) => ({ type: 'ordinal' as const, index }));
}

/**
 * "both together?" after "how many from Asia?" and "and Europe?": the last question with the
 * places of the one before added. With no two questions about places to join, the last answer
 * again, first page.
 */
/** "the two countries", "both countries", "these places": the places the conversation was about. */
const THE_PLACES = /^(?:the |these |those |both |all )?(?:two |2 |three |3 )?(?:countries|places)$/u;

/**
 * "compare the two countries" after "cases from the UK" and "what about Ireland?": the countries
 * of the last two questions (or of the last answer, when it was about several), with the last
 * question's other filters.
 */
export function askedPlaces(u: Understanding, ctx: ResolveContext): Intent | undefined {
  const ref = u.refs.length === 1 ? u.refs[0] : undefined;
  const named = ref?.type === 'name' && THE_PLACES.test(ref.text.toLowerCase());
  // "compare both countries", "compare the countries": "countries" read as what to count by.
  const byCountry =
    u.by === 'country' && u.refs.every((r) => r.type === 'pronoun') && u.filters.countries === undefined;
  if (!named && !byCountry) return undefined;
  const read = (command: string | undefined) => {
    const intent = command === undefined ? undefined : ctx.read(command);
    return intent && isListIntent(intent) ? intent : undefined;
  };
  const last = read(ctx.state?.last);
  const before = read(ctx.state?.before);
  const countries = [
    ...new Set([
      ...(before?.filters.countries ?? []),
      ...(ctx.state?.places ?? last?.filters.countries ?? []),
    ]),
  ].slice(-3);
  if (countries.length < 2) return undefined;
  const { countries: _countries, region: _region, ...filters } = last?.filters ?? {};
  return { type: 'compare-places', countries, query: last ? queryOf(last) : '', filters };
}
