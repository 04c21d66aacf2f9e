import { isDeepStrictEqual } from 'node:util';
import { isActionTopic, isOutsideTopic } from '../intents/action-topics.js';
import { describeRequest, describeYears } from '../intents/describe-request.js';
import type { Facet, Filters, Intent, YearRange } from '../intents/intent.js';
import { countCases } from '../intents/select-cases.js';
import { getCountry } from '../knowledge/countries/index.js';
import { getRegion } from '../knowledge/regions/build-regions.js';
import { PAGE_SIZE } from '../replies/reply.js';
import type { YearsSide } from '../understanding/role.js';
import type { Understanding } from '../understanding/understanding.js';
import { caseNamedIn } from './case-named-in.js';
import {
  type Alternative,
  addReading,
  type Decision,
  decision,
  freshIntent,
  isListIntent,
  queryOf,
  type ResolveContext,
} from './decision.js';
import { defaultSort } from './default-sort.js';
import { readingOfCaseAsks } from './reading-of-case-asks.js';
import { readingOfDigest } from './reading-of-digest.js';
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
import {
  askedAboutACase,
  caseRequest,
  lowerFirst,
  sameWords,
  titleOverFilters,
  wholeTitleShown,
} from './resolve-case-request.js';
import {
  amountComparison,
  compared,
  comparedExtreme,
  comparison,
  isBareSort,
  sidesCompared,
} from './resolve-comparison.js';
import { titleTypedIn } from './title-typed-in.js';

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
  const onDigest = readingOfDigest(u, text, ctx.state);
  if (onDigest)
    return decision(
      { type: 'digest', command: onDigest.command },
      onDigest.note ? { notes: [onDigest.note] } : {},
    );
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
  // `search "0 vs" topic Health`: words searched as typed compare nothing.
  const typedSearch = u.literal || /^\s*search\b/iu.test(text);
  // "are there more cases from Europe or Asia?": how many each has, not a list of both.
  const amounts = typedSearch ? undefined : amountComparison(u, text);
  if (amounts) return compared(amounts, u, lastList);
  const sides =
    !typedSearch && ['search', 'page', 'count'].includes(u.kind)
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
