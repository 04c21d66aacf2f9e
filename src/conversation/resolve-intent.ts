import { isDeepStrictEqual } from 'node:util';
import { isActionTopic, isOutsideTopic } from '../intents/action-topics.js';
import type { BotDeps } from '../intents/bot-deps.js';
import { describeRequest, describeYears } from '../intents/describe-request.js';
import type { Facet, Filters, Intent, YearRange } from '../intents/intent.js';
import {
  byNewest,
  byOldest,
  caseFilter,
  countCases,
  selectCases,
  selectedCases,
} from '../intents/select-cases.js';
import { isTopicSide } from '../intents/side-request.js';
import { getCountry } from '../knowledge/countries/index.js';
import { getRegion } from '../knowledge/regions/build-regions.js';
import { PAGE_SIZE } from '../replies/reply.js';
import { PLURAL_CASE_NOUNS } from '../understanding/read-refs.js';
import type { YearsSide } from '../understanding/role.js';
import type { Understanding } from '../understanding/understanding.js';
import { caseNamedIn } from './case-named-in.js';
import { compareRegions } from './compare-regions.js';
import type { ConversationState } from './conversation-store.js';
import { defaultSort } from './default-sort.js';
import { lineOfCounts } from './line-of-counts.js';
import { onLastSubject } from './on-last-subject.js';
import { readingOfCaseAsks } from './reading-of-case-asks.js';
import { readingOfJoined } from './reading-of-joined.js';
import { readingOfMembership } from './reading-of-membership.js';
import { readingOfPasted } from './reading-of-pasted.js';
import { readingOfRanking } from './reading-of-ranking.js';
import { readingOfSharedPlace } from './reading-of-shared-place.js';
import { readingOfState } from './reading-of-state.js';
import { readingOfSynthesis } from './reading-of-synthesis.js';
import { readingOfTime } from './reading-of-time.js';
import { readingOfUnmeasured } from './reading-of-unmeasured.js';
import { readingOfCountryCount, readingOfUnrecorded } from './reading-of-unrecorded.js';
import { recallEarlier } from './recall-earlier.js';
import {
  countriesInside,
  type ListIntent,
  listCount,
  randomPick,
  readmittedWords,
  refineIntent,
  withCountry,
} from './refine-intent.js';
import { relativeToCase } from './relative-to-case.js';
import {
  helpAfterAnswer,
  isWholeComplaint,
  noMoreAfter,
  repairAnswer,
  usesNotAbout,
} from './repair-answer.js';
import { resolveRef } from './resolve-refs.js';
import { subjectSides } from './subject-sides.js';
import { titleTypedIn } from './title-typed-in.js';

/** Another reading of a message, offered as a command (a button in Slack and Discord). */
export interface Alternative {
  label: string;
  intent: Intent;
}

/** What a message asks for in this conversation, and how it was read when that needs saying. */
export interface Decision {
  intent: Intent;
  notes: string[];
  alternatives: Alternative[];
  /** The message built on the last question ("only local ones"). */
  followed: boolean;
}

/** A reading of the message said in the answer, with its other readings as buttons. */
function addReading(
  resolved: Decision,
  reading: { note: string; alternatives: readonly Alternative[] } | undefined,
): void {
  if (!reading) return;
  resolved.notes.push(reading.note);
  resolved.alternatives.push(...reading.alternatives);
}

export interface ResolveContext {
  state?: ConversationState;
  /** The knowledge, to find cases by name; without it names stay as typed. */
  deps?: BotDeps;
  /** Reads a remembered command back (the last question, an offer). */
  read: (command: string) => Intent;
}

function decision(intent: Intent, extra: Partial<Decision> = {}): Decision {
  return { intent, notes: [], alternatives: [], followed: false, ...extra };
}

function isListIntent(intent: Intent): intent is ListIntent {
  return (
    intent.type === 'search' ||
    intent.type === 'random' ||
    intent.type === 'count' ||
    intent.type === 'similar'
  );
}

/** The search, pick or count a message asks for on its own. */
function freshIntent(u: Understanding): Intent {
  const page = typeof u.page === 'number' ? u.page : 1;
  switch (u.kind) {
    case 'random':
      return randomPick(u.subject, u.filters, u.count);
    case 'count':
      return withCountry({
        type: 'count',
        query: u.subject,
        filters: u.filters,
        ...(u.by ? { by: u.by } : {}),
        // "top 3 countries for AI": that many lines of the breakdown.
        ...(u.by && u.count !== undefined && u.count > 0 ? { top: u.count } : {}),
        ...(u.by && u.having ? { having: u.having } : {}),
      });
    default: {
      const search: Intent = withCountry({
        type: 'search',
        query: u.subject,
        filters: u.filters,
        sort: u.sort ?? defaultSort(u.subject, u.filters),
        page,
        ...listCount(u.count),
        ...(u.skip ? { skip: u.skip } : {}),
      });
      if (u.unknownPlace) search.unknownPlace = u.unknownPlace;
      return search;
    }
  }
}

/**
 * What something casebot cannot do was asked of ("save these", "share AI Friends with @maria", "a
 * csv of health cases"): the case it names or the one in focus, with its link, else the list it
 * names or the last one, with its command: what can be done instead, from this conversation.
 */
function askedOf(u: Understanding, ctx: ResolveContext, lastList: ListIntent | undefined): Partial<Decision> {
  const topic = u.help?.topic;
  if (topic === 'add' || topic === 'forget') return {};
  const { state, deps } = ctx;
  const name = u.refs.find((r) => r.type === 'name')?.text ?? (u.subject !== '' ? u.subject : undefined);
  const named =
    deps && name !== undefined ? (titleTypedIn(name, deps) ?? caseNamedIn(name, deps)) : undefined;
  // The case in focus, or a list asked by one case's name ("AI Friends"), with that case first.
  const first = state?.shown[0] !== undefined ? deps?.byId.get(state.shown[0]) : undefined;
  const byName =
    first && lastList?.type === 'search' && sameWords(first.title, lastList.query) ? first : undefined;
  const inFocus = (state?.focus !== undefined ? deps?.byId.get(state.focus) : undefined) ?? byName;
  const filtered = u.subject !== '' || Object.keys(u.filters).length > 0;
  const one = named ?? (filtered ? undefined : inFocus);
  if (one)
    return {
      notes: [one.url ? `“${one.title}”: ${one.url}` : `“${one.title}” is a button below.`],
      alternatives: [{ label: one.title, intent: { type: 'show', id: one.id } }],
    };
  if (filtered) {
    const search = freshIntent({ ...u, kind: 'search' });
    const label = search.type === 'search' ? describeRequest(search.query, search.filters) : 'Cases';
    return {
      notes: [`The list you named, ${lowerFirst(label)}, is a button below, with its command.`],
      alternatives: [{ label, intent: search }],
    };
  }
  if (!lastList || state?.last === undefined) return {};
  return { notes: [`The last list's command is “${state.last}”.`] };
}

/**
 * "are you an AI", "is this the OECD": answered about casebot, with the cases of what it names
 * offered, in case that was what was meant.
 */
/**
 * What a request outside casebot names ("write me a poem about open data", "what do you think of
 * the new housing policy"): its cases, when there are some, as a button, said so; never a failed search.
 */
function casesOnIt(u: Understanding, ctx: ResolveContext): Partial<Decision> {
  if (u.subject === '' && u.filters.topic === undefined && u.filters.topics === undefined) return {};
  const search = freshIntent({ ...u, kind: 'search', refs: [] });
  if (search.type !== 'search') return {};
  const total = ctx.deps ? countCases(ctx.deps, search.query, search.filters) : 1;
  if (total === 0) return {};
  const label = describeRequest(search.query, search.filters);
  return {
    notes: [`I can find cases instead: ${lowerFirst(label)} (${total}) are a button below.`],
    alternatives: [{ label, intent: search }],
  };
}

function searchBeside(u: Understanding): Partial<Decision> {
  // Only a topic, a group or a place named: "a real person" or "the internet" are no cases' subject.
  if (u.smallTalk !== 'about' || Object.keys(u.filters).length === 0) return {};
  // The words beside them asked about casebot ("connected to", "use"): the filters alone.
  const search = freshIntent({ ...u, kind: 'search', subject: '' });
  const label = search.type === 'search' ? describeRequest(search.query, search.filters) : 'Cases';
  return {
    notes: [`I read this as a question about me. ${label} are a button below.`],
    alternatives: [{ label, intent: search }],
  };
}

/**
 * An example digest command that names no topic, after a question about one ("open data", then
 * "is there a way to get updates automatically?"): that question's subject in it.
 */
function withLastSubject(note: string, lastList: ListIntent | undefined): string {
  if (!note.startsWith('To set up a digest here') || note.includes(' topic ') || lastList?.type !== 'search')
    return note;
  const subject = lastList.query !== '' ? lastList.query : lastList.filters.topic;
  return subject ? `${note} topic ${subject}` : note;
}

/**
 * Turns a message's understanding into an intent in this conversation: follow-ups build on the
 * last question, "next" pages it, "the second one" and "it" point at what was shown, names find
 * cases. Where the message could mean something else, the other reading is offered.
 */
export function resolveIntent(u: Understanding, text: string, ctx: ResolveContext): Decision {
  const relative = relativeToCase(u, ctx.state, ctx.deps);
  const resolved = relative
    ? decision(relative.intent, { notes: [relative.note], alternatives: relative.alternatives })
    : resolveMessage(u, text, ctx);
  const { intent } = resolved;
  if (u.otherLevel !== undefined && 'filters' in intent && intent.filters.level !== undefined) {
    resolved.notes.push(
      `I filter by one level of government at a time: here ${intent.filters.level}; ${u.otherLevel} is a button below.`,
    );
    resolved.alternatives.push({
      label: `At ${u.otherLevel} level`,
      intent: { ...intent, filters: { ...intent.filters, level: u.otherLevel } },
    });
  }
  if (
    u.otherBy !== undefined &&
    intent.type === 'count' &&
    intent.by !== undefined &&
    intent.by !== u.otherBy
  ) {
    resolved.notes.push(
      `I break counts down one way at a time: here by ${intent.by}; by ${u.otherBy} is a button below.`,
    );
    resolved.alternatives.push({ label: `By ${u.otherBy}`, intent: { ...intent, by: u.otherBy } });
  }
  if (u.fewest && intent.type === 'count' && intent.by !== undefined)
    resolved.notes.push(`Counts run from the most cases to the fewest: the fewest are at the end.`);
  const ranking =
    u.ranks && !u.pairs && intent.type === 'count' && ctx.deps
      ? readingOfRanking(intent, ctx.deps, u.fewest === true)
      : undefined;
  if (ranking) resolved.notes.push(ranking);
  if (u.pairs && intent.type === 'count' && intent.by === 'topic')
    resolved.notes.push(
      "I can't count which topics appear together: a case is counted once under each of its topics. Here is how many cases each topic has; to see the cases about two topics at once, ask for both, as in “health and AI cases”.",
    );
  const unmeasured = u.unmeasured === undefined ? undefined : readingOfUnmeasured(u.unmeasured, intent);
  addReading(resolved, unmeasured && { note: unmeasured.note, alternatives: [unmeasured.alternative] });
  // Subjects counted side by side were each read on their own: "or" joined no list of cases.
  const joined =
    u.joined !== undefined && !resolved.followed && !(intent.type === 'count' && intent.sides)
      ? readingOfJoined(u.joined, intent)
      : undefined;
  addReading(
    resolved,
    joined && { note: joined.note, alternatives: joined.alternative ? [joined.alternative] : [] },
  );
  addReading(
    resolved,
    u.stateCode && !resolved.followed ? readingOfState(u.stateCode, resolved.intent) : undefined,
  );
  // Not for a state's code, whose reading says where it is, nor a quoted search, meant as typed.
  if (!u.stateCode && !u.literal && !resolved.followed)
    addReading(resolved, readingOfSharedPlace(resolved.intent));
  // "any BI projects": how the field's short form was read, so a wrong guess is seen.
  if (u.fieldTerms && !resolved.followed && resolved.intent.type !== 'small-talk')
    resolved.notes.push(`Read ${u.fieldTerms.map((r) => `“${r.typed}” as ${r.as}`).join(', ')}.`);
  const apart = u.exceptYearsApart;
  const intentNow = resolved.intent;
  if (apart && 'filters' in intentNow && intentNow.filters.exceptYears) {
    const joinedYears = describeYears(intentNow.filters.exceptYears).replace(/^(?:in|from) /u, '');
    resolved.notes.push(
      `I leave out one run of years at a time: here ${joinedYears}, the years between too; each year alone is a button below.`,
    );
    for (const range of apart)
      resolved.alternatives.push({
        label: `Not ${describeYears(range).replace(/^in /u, '')}`,
        intent: { ...intentNow, filters: { ...intentNow.filters, exceptYears: range } },
      });
  }
  addReading(resolved, u.synthesis ? readingOfSynthesis(resolved.intent, ctx.deps) : undefined);
  addReading(resolved, u.timeReading ? readingOfTime(u.timeReading, resolved.intent) : undefined);
  addReading(resolved, u.membership && ctx.deps ? readingOfMembership(u.membership, ctx.deps) : undefined);
  if (u.advice !== undefined && resolved.intent.type === 'search' && resolved.intent.query !== '')
    resolved.notes.push('I give no advice: I show what others did about it.');
  // "projects that took under 6 months to deliver": the note on what a case takes says it already.
  if (u.unrecorded && !u.caseAsks) resolved.notes.push(readingOfUnrecorded(u.unrecorded, resolved.intent));
  if (u.funder && !resolved.followed)
    resolved.notes.push(
      `The collection does not record who funded a case, so I searched the cases’ text for “${u.funder.name.replace(/^the\s+/iu, '')}”.`,
    );
  addReading(resolved, u.filters.countryCount ? readingOfCountryCount(resolved.intent) : undefined);
  const asked = u.caseAsks ? readingOfCaseAsks(u.caseAsks, resolved.intent, ctx.deps) : undefined;
  if (asked) resolved.notes.push(asked);
  const pasted = u.pasted ? readingOfPasted(u.pasted, resolved.intent) : undefined;
  if (pasted) resolved.notes.unshift(pasted);
  const drawn = resolved.intent.type === 'random' ? (resolved.intent.count ?? 1) : undefined;
  if (drawn !== undefined && u.count !== undefined && u.count > drawn)
    resolved.notes.push(
      `I pick at most ${drawn} at a time, so here are ${drawn} of the ${u.count} you asked for.`,
    );
  if (resolved.intent.type === 'search' && u.count !== undefined && u.count > PAGE_SIZE)
    resolved.notes.push(
      `I show at most ${PAGE_SIZE} at a time, so here are the first ${PAGE_SIZE} of the ${u.count} you asked for; “next” shows more.`,
    );
  return resolved;
}

function resolveMessage(u: Understanding, text: string, ctx: ResolveContext): Decision {
  // "the AI ones again" points back only when it describes an answer: "the second one again" is a case of the last.
  const describes = (d: Understanding) =>
    d.refs.length === 0 && (d.subject !== '' || Object.keys(d.filters).length > 0);
  if (u.recall && (!u.recall.weak || describes(u.recall.described))) {
    const { recall, described, weak } = u.recall;
    const earlier = recallEarlier(recall, described, text, ctx);
    if (earlier)
      return decision(earlier.intent, { ...earlier, followed: earlier.intent.type !== 'follow-up' });
    // Described, but like no earlier answer: what it describes, as a question of its own.
    if (!weak && describes(described)) {
      const fresh = resolveMessage(described, text, ctx);
      fresh.notes.unshift(
        'Nothing shown earlier in this conversation fits that, so I read it as a new question.',
      );
      return fresh;
    }
  }
  const { state } = ctx;
  const last = state?.last === undefined ? undefined : ctx.read(state.last);
  const lastList = last && isListIntent(last) ? last : undefined;
  // "are there more cases from Europe or Asia?": how many each has, not a list of both.
  const amounts = amountComparison(u, text);
  if (amounts) return compared(amounts, u, lastList);
  const sides = ['search', 'page', 'count'].includes(u.kind)
    ? sidesCompared(u, text, ctx, lastList)
    : undefined;
  if (sides) return sides;
  // "which one is newer?" after a comparison: of the cases compared.
  if (state?.compared && (u.sort === 'newest' || u.sort === 'oldest') && isBareSort(u) && ctx.deps)
    return comparedExtreme(state.shown, u.sort, ctx.deps);
  const repaired = lastList && ctx.deps ? repairOf(u, text, lastList, ctx) : undefined;
  if (repaired)
    return decision(repaired.intent, { notes: repaired.notes, alternatives: repaired.alternatives });
  switch (u.kind) {
    case 'digest':
      return decision(
        { type: 'digest', command: u.digest ?? { type: 'help' } },
        u.digestNote ? { notes: [withLastSubject(u.digestNote, lastList)] } : {},
      );
    case 'help': {
      const help = decision({ type: 'help', ...(u.help ?? { reason: 'asked' }) });
      if (isOutsideTopic(u.help?.topic)) return { ...help, ...casesOnIt(u, ctx) };
      return isActionTopic(u.help?.topic) ? { ...help, ...askedOf(u, ctx, lastList) } : help;
    }
    case 'status':
      return decision({ type: 'status' });
    case 'small-talk':
      return decision({ type: 'small-talk', kind: u.smallTalk ?? 'ack' }, searchBeside(u));
    case 'yes':
      return state?.offer ? decision(ctx.read(state.offer)) : decision({ type: 'small-talk', kind: 'ack' });
    case 'page': {
      const paged = pageOf(lastList, u, text);
      const ended =
        u.page === 'next' && lastList && ctx.deps
          ? noMoreAfter(lastList, ctx.deps, ctx.state?.shown ?? [])
          : undefined;
      if (ended) addReading(paged, ended);
      return paged;
    }
    case 'again':
      return state?.last === undefined
        ? decision({ type: 'follow-up', asked: text })
        : decision(ctx.read(state.last), { followed: true, notes: ['Here is the last answer again.'] });
    // "undo that" after "only local ones": the question before it, as it was.
    case 'undo':
      return state?.before === undefined
        ? decision({ type: 'follow-up', asked: text })
        : decision(ctx.read(state.before), { followed: true, notes: ['Back to the question before.'] });
    case 'together':
      return together(u, text, ctx, lastList);
    case 'show':
    case 'similar':
      // "show them", "list those" after a count: the cases it counted; "show me all of them"
      // after a list: the list again, from its first page.
      if (
        u.kind === 'show' &&
        lastList &&
        (lastList.type === 'count'
          ? u.refs.every((r) => r.type === 'pronoun')
          : u.refs.length > 0 && u.refs.every((r) => r.type === 'pronoun' && r.plural === true))
      )
        return pageOf(lastList, { ...u, page: 1 }, text);
      return caseRequest(u, text, ctx);
    case 'compare':
      return compared(comparison(u, text, ctx), u, lastList);
    default:
      break;
  }
  if (u.yearsBeside) {
    const years = lastList && besideYears(lastList.filters.years, u.yearsBeside);
    if (lastList && years) {
      const refined = refineIntent(lastList, { ...u, filters: { ...u.filters, years }, followUp: 'switch' });
      return decision(refined, { followed: true });
    }
    // No years to go beside: "before that" steps back a page, "after that" on, as it always did.
    if (u.subject === '' && Object.keys(u.filters).length === 0)
      return pageOf(lastList, { ...u, page: u.yearsBeside === 'before' ? 'previous' : 'next' }, text);
  }
  const typed = titleOverFilters(u, text, ctx.deps) ?? wholeTitleShown(u, text, ctx.deps);
  if (typed) return typed;
  const named = askedAboutACase(u, text, ctx.deps);
  if (named) return named;
  if (asksOfLastList(u, text, lastList)) u = { ...u, followUp: 'filters-only' };
  // "AI again" after "but not AI": what was left out is in again, the rest of the question stays.
  if (!u.followUp && u.again && lastList && readmittedWords(lastList.filters.without, u).length > 0)
    u = { ...u, followUp: 'add' };
  const followed = u.followUp && lastList ? followUpIntent(u, refineIntent(lastList, u)) : undefined;
  // "anything from korea?" after "drone delivery in korea" found nothing: the question just answered,
  // asked again by naming what it already had, asks for that alone.
  const foundNone = (ctx.state?.shown.length ?? 0) === 0 && Object.keys(u.filters).length > 0;
  const repeats =
    foundNone && followed !== undefined && lastList !== undefined && isDeepStrictEqual(followed, lastList);
  if (repeats) {
    const fresh = freshIntent({ ...u, followUp: undefined });
    if (!isDeepStrictEqual(fresh, lastList))
      return decision(fresh, {
        notes: ['That adds nothing to the last question, so I read it as a question of its own.'],
        alternatives: [{ label: 'The last question again', intent: lastList }],
      });
  }
  if (u.followUp && lastList && followed) {
    const intent = followed;
    const alternatives: Alternative[] = [];
    const notes = u.followUp === 'add' ? includedAlready(lastList.filters.region, u.filters.countries) : [];
    if (u.followUp === 'filters-only')
      alternatives.push({ label: 'A new question instead', intent: freshIntent(u) });
    return decision(intent, { followed: true, alternatives, notes });
  }
  const intent = freshIntent(u);
  const years = 'filters' in intent ? intent.filters.years : undefined;
  const notes =
    u.yearsEvent && !u.timeReading && years?.from !== undefined && years.to !== undefined
      ? [`Reading “during ${u.yearsEvent}” as ${years.from} to ${years.to}.`]
      : [];
  return decision(intent, { notes, alternatives: alternativesFor(u, intent, lastList) });
}

/** "and Japan too" after cases from Asia: that Japan is in Asia, so its cases are in the list. */
function includedAlready(region: string | undefined, codes: readonly string[] | undefined): string[] {
  const inside = countriesInside(region, codes);
  const label = region === undefined ? undefined : getRegion(region)?.label;
  if (inside.length === 0 || label === undefined) return [];
  const names = inside.map((code) => getCountry(code)?.name ?? code);
  const are = names.length === 1 ? 'is' : 'are';
  return [
    `${names.join(' and ')} ${are} in ${label}, so ${names.length === 1 ? 'its' : 'their'} cases are included already.`,
  ];
}

/** Words that ask about the whole collection: "which countries do you cover?". */
const ABOUT_COLLECTION = /\b(?:you|your|u|collection|database|cover|covered|have|all)\b/iu;
/**
 * A command word alone is that command on the whole collection, as help shows it: "countries"
 * counts every case by country, "random" picks from all of them.
 */
const COMMAND_ALONE = /^\s*(?:countries|topics|years|levels|random)\s*[?.!]*\s*$/iu;

/**
 * "which countries?", "random one" after a list name nothing of their own: they ask about the
 * list just shown (a new question is offered), unless they ask what the collection holds.
 */
function asksOfLastList(u: Understanding, text: string, last: ListIntent | undefined): boolean {
  if (u.followUp || !last || last.type === 'random' || (u.kind !== 'random' && (u.kind !== 'count' || !u.by)))
    return false;
  const namesNothing =
    u.subject === '' &&
    !u.literal &&
    Object.keys(u.filters).length === 0 &&
    u.refs.length === 0 &&
    u.drops.length === 0;
  const narrowed = queryOf(last) !== '' || Object.keys(last.filters).length > 0;
  return namesNothing && narrowed && !ABOUT_COLLECTION.test(text) && !COMMAND_ALONE.test(text);
}

/** What a follow-up asks of the last question as it changed it (`refined`). */
function followUpIntent(u: Understanding, refined: ListIntent): Intent {
  if (u.kind === 'count') {
    // A count follow-up breaks down by what it names ("by country"), else as the last count did.
    const by = u.by ?? (refined.type === 'count' ? refined.by : undefined);
    return withCountry({
      type: 'count',
      query: queryOf(refined),
      filters: refined.filters,
      ...(by ? { by } : {}),
    });
  }
  if (u.kind === 'random' && refined.type !== 'random')
    return randomPick(queryOf(refined), refined.filters, u.count);
  // "list them" or "sort by oldest" after a count, or "just the local ones" after "how many per
  // level": the counted cases.
  if (
    refined.type === 'count' &&
    (u.listing ||
      u.sort !== undefined ||
      u.count !== undefined ||
      (refined.by !== undefined && pinsBreakdown(u.filters, refined.by)))
  )
    return withCountry({
      type: 'search',
      query: refined.query,
      filters: refined.filters,
      sort: u.sort ?? defaultSort(refined.query, refined.filters),
      page: 1,
      ...listCount(u.count),
    });
  return refined;
}

/** Whether a follow-up's filters pick one value of the facet a count was broken down by. */
function pinsBreakdown(filters: Filters, by: Facet): boolean {
  switch (by) {
    // A region is no line of a count by country: "and in asia?" counts Asia's countries.
    case 'country':
      return filters.countries !== undefined;
    case 'region':
      return filters.countries !== undefined || filters.region !== undefined;
    case 'topic':
      return filters.topic !== undefined;
    case 'year':
      return filters.years !== undefined;
    case 'level':
      return filters.level !== undefined;
    default: {
      const unreachable: never = by;
      return unreachable;
    }
  }
}

/** The years just before or after `range`: none when the range is open on that side. */
function besideYears(range: YearRange | undefined, side: YearsSide): YearRange | undefined {
  if (side === 'before') return range?.from === undefined ? undefined : { to: range.from - 1 };
  return range?.to === undefined ? undefined : { from: range.to + 1 };
}

function queryOf(intent: ListIntent): string {
  return intent.type === 'similar' ? '' : intent.query;
}

/** Other readings of a fresh question worth a button. */
function alternativesFor(u: Understanding, intent: Intent, last: ListIntent | undefined): Alternative[] {
  const alternatives: Alternative[] = [];
  const filters = 'filters' in intent ? intent.filters : {};
  if (intent.type === 'search' && u.randomish && (u.subject !== '' || Object.keys(filters).length > 0))
    alternatives.push({
      label: 'One at random',
      intent: withCountry({ type: 'random', query: u.subject, filters }),
    });
  if (intent.type === 'search' && u.uncertainPlace) {
    const words = [u.uncertainPlace, u.subject].filter(Boolean).join(' ');
    const { countries: _countries, ...rest } = filters;
    alternatives.push({
      label: `“${words}” as words`,
      intent: { type: 'search', query: words, filters: rest, sort: 'relevance', page: 1 },
    });
  }
  // "started during covid": the pandemic's years, or cases about it.
  if (intent.type === 'search' && u.yearsEvent) {
    const words = [u.subject, u.yearsEvent].filter(Boolean).join(' ');
    const { years: _years, ...rest } = filters;
    alternatives.push({
      label: `Cases about “${u.yearsEvent}”`,
      intent: withCountry({ type: 'search', query: words, filters: rest, sort: 'relevance', page: 1 }),
    });
  }
  // "Japan" after "open data", "health" after "korea": a new question, or the last one with it.
  const namesPlace = (f: Filters) => f.countries !== undefined || f.region !== undefined;
  const namesSubject = (query: string, f: Filters) =>
    query !== '' || f.topic !== undefined || f.topics !== undefined;
  const onlyPlace = namesPlace(u.filters) && !namesSubject(u.subject, u.filters);
  const onlySubject =
    namesSubject(u.subject, u.filters) && !namesPlace(u.filters) && !u.filters.years && !u.filters.level;
  const adds =
    last !== undefined &&
    ((onlyPlace && namesSubject(queryOf(last), last.filters)) ||
      (onlySubject && namesPlace(last.filters) && !namesSubject(queryOf(last), last.filters)));
  if (intent.type === 'search' && adds && last) {
    const refined = refineIntent(last, { ...u, followUp: 'switch' });
    alternatives.push({ label: 'Add to the last question', intent: refined });
  }
  return alternatives;
}

/**
 * A complaint about the last list, from what it was: about one part ("these aren't about
 * health") or the whole ("not helpful", "nope" with nothing offered). Never a search of its words.
 */
function repairOf(u: Understanding, text: string, last: ListIntent, ctx: ResolveContext) {
  const deps = ctx.deps;
  if (!deps) return undefined;
  const uses = usesNotAbout(text, deps, ctx.read);
  if (uses) return uses;
  // "nah" alone stays a plain no, with what could help offered beside it.
  if (u.kind === 'small-talk' && u.smallTalk === 'no' && !ctx.state?.offer) {
    const help = helpAfterAnswer(last, deps, ctx.state?.shown ?? []);
    return help && { ...help, intent: { type: 'small-talk' as const, kind: 'no' as const } };
  }
  if ((u.kind === 'small-talk' && u.smallTalk === 'complaint') || isWholeComplaint(text))
    return helpAfterAnswer(last, deps, ctx.state?.shown ?? []);
  return repairAnswer(text, last, deps, ctx.read, u.filters);
}

function pageOf(last: ListIntent | undefined, u: Understanding, text: string): Decision {
  if (!last) return decision({ type: 'follow-up', asked: text });
  const step = (page: number) =>
    u.page === 'next' ? page + 1 : u.page === 'previous' ? Math.max(1, page - 1) : (u.page ?? 1);
  switch (last.type) {
    case 'search': {
      const { count: _count, skip: _skip, ...full } = last;
      // "cases 3 to 7", "from case 6": that part of the list.
      if (u.skip !== undefined)
        return decision({ ...full, ...listCount(u.count), skip: u.skip, page: step(1) }, { followed: true });
      // "the next 3": as many at a time, from where the list stopped.
      if (u.count !== undefined && u.page === 'next') {
        const shown = (last.skip ?? 0) + last.page * (last.count ?? PAGE_SIZE);
        return decision(
          { ...full, ...listCount(u.count), ...(shown > 0 ? { skip: shown } : {}), page: 1 },
          { followed: true },
        );
      }
      const next = u.count === undefined ? last : { ...full, ...listCount(u.count) };
      return decision({ ...next, page: step(last.page) }, { followed: true });
    }
    case 'similar':
      return decision({ ...last, page: step(last.page) }, { followed: true });
    case 'random':
      return decision(last, { followed: true });
    case 'count': {
      // "more"/"next" after a count: the cases counted.
      const filters: Filters = last.filters;
      return decision(
        withCountry({
          type: 'search',
          query: last.query,
          filters,
          sort: defaultSort(last.query, filters),
          page: typeof u.page === 'number' ? u.page : 1,
          ...listCount(u.count),
        }),
        { followed: true },
      );
    }
    default: {
      const unreachable: never = last;
      return unreachable;
    }
  }
}

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
function askedAboutACase(u: Understanding, text: string, deps: BotDeps | undefined): Decision | undefined {
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
function titleOverFilters(u: Understanding, text: string, deps: BotDeps | undefined): Decision | undefined {
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
function wholeTitleShown(u: Understanding, text: string, deps: BotDeps | undefined): Decision | undefined {
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

function sameWords(a: string, b: string): boolean {
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

function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? `${text.charAt(0).toLowerCase()}${text.slice(1)}` : text;
}

/** "more … or …", "which has fewer, … or …?": a question of which has more. */
const MORE = /\b(?:more|most|fewer|less|bigger|larger)\b/iu;
/** "Korea or Japan", or "which" between places listed ("cases from Korea, cases from Japan: which has more?"). */
const EITHER = /\b(?:or|vs|versus|which)\b/iu;

/**
 * "do you have more cases from Europe or Asia?", "which has more, Korea or Japan?", "is there
 * more on health or on education?": the places (or topics) side by side by their counts.
 */
function amountComparison(u: Understanding, text: string): Decision | undefined {
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
function sidesCompared(
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
function compared(made: Decision, u: Understanding, lastList: ListIntent | undefined): Decision {
  const onIt = made.followed ? undefined : onLastSubject(made.intent, u, lastList);
  if (!onIt) return made;
  return {
    intent: onIt.intent,
    notes: [...made.notes, onIt.note],
    alternatives: [...made.alternatives, onIt.alternative],
    followed: true,
  };
}

function isBareSort(u: Understanding): boolean {
  return (
    u.subject === '' && Object.keys(u.filters).length === 0 && u.refs.length === 0 && u.kind === 'search'
  );
}

/**
 * The newest or oldest of the cases just compared, with the years that decided it; the comparison
 * again when none of them gives its year.
 */
function comparedExtreme(ids: readonly string[], sort: 'newest' | 'oldest', deps: BotDeps): Decision {
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

function caseRequest(u: Understanding, text: string, ctx: ResolveContext): Decision {
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

/** "compare AI Friends and the Ghent one", "compare 1 and 3", "compare them"; or what two places did. */
function comparison(u: Understanding, text: string, ctx: ResolveContext, bySides = true): Decision {
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
function askedPlaces(u: Understanding, ctx: ResolveContext): Intent | undefined {
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

function together(
  u: Understanding,
  text: string,
  ctx: ResolveContext,
  lastList: ListIntent | undefined,
): Decision {
  const before = ctx.state?.before === undefined ? undefined : ctx.read(ctx.state.before);
  const beforeList = before && isListIntent(before) ? before : undefined;
  const places = beforeList && {
    ...(beforeList.filters.countries ? { countries: beforeList.filters.countries } : {}),
    ...(beforeList.filters.region ? { region: beforeList.filters.region } : {}),
  };
  if (!lastList || !places || Object.keys(places).length === 0)
    return pageOf(lastList, { ...u, page: 1 }, text);
  return decision(refineIntent(lastList, { ...u, kind: 'search', filters: places, followUp: 'add' }), {
    followed: true,
  });
}
