import type { FilterKey, PlaceSet, YearRange } from '../intents/intent.js';
import { findCountryInQuery, resolveCountry } from '../knowledge/countries/index.js';
import { joinRegions } from '../knowledge/regions/build-regions.js';
import { findTopic } from '../knowledge/taxonomy.js';
import { asksAboutCollection } from './asks-about-collection.js';
import { asksAboutSelf } from './asks-about-self.js';
import { asksMembership } from './asks-membership.js';
import { asksWhatItMeans } from './asks-what-it-means.js';
import { assignRoles, wordsText } from './assign-roles.js';
import { dropContext, dropCorrected, saysWhatDoing } from './drop-context.js';
import { contextLines, dropLetterLines } from './drop-letter-lines.js';
import { dropPointers } from './drop-pointers.js';
import { dropScaffolding } from './drop-scaffolding.js';
import { emojiTalk } from './emoji-talk.js';
import { DROP_VERBS } from './lexicon.js';
import { nameTopic } from './name-topic.js';
import { parseDigest } from './parse-digest.js';
import { readActionRequest } from './read-action-request.js';
import { readAdviceAsk } from './read-advice-ask.js';
import { readCaseAsks } from './read-case-asks.js';
import { readChannelMentions } from './read-channel-mentions.js';
import { readDigestChange } from './read-digest-change.js';
import {
  type DigestRequest,
  NOT_A_FILE,
  namesSchedule,
  readDigestAction,
  readDigestRequest,
} from './read-digest-request.js';
import { negationBefore, readExclusions } from './read-exclusions.js';
import { readFactAsk } from './read-fact-ask.js';
import { readFieldTerms } from './read-field-terms.js';
import { readFromSlips } from './read-from-slips.js';
import { readFunder } from './read-funder.js';
import { type JoinedTopics, readJoinedTopics, topicSetOf } from './read-joined-topics.js';
import { readLeftOutWords } from './read-left-out-words.js';
import { readListCount } from './read-list-count.js';
import { readListRequest } from './read-list-request.js';
import { readMeasures } from './read-measures.js';
import { readOutsideRequest } from './read-outside-request.js';
import { LAST_PAGE, readPages } from './read-page.js';
import { readPastedLink, readPastedText } from './read-pasted.js';
import { inTitle, type PlaceSpan, readPlaces } from './read-places.js';
import { readRecall } from './read-recall.js';
import { CASE_NOUNS, readFirstFew, readRefs } from './read-refs.js';
import { type RelationWords, readBesides, readRelation } from './read-relation.js';
import { readStateCode } from './read-state-code.js';
import { readSynthesis } from './read-synthesis.js';
import { readWorkspaceQuestion } from './read-workspace-question.js';
import { joinRanges, readYears } from './read-years.js';
import { respellWords } from './respell-words.js';
import { spellFlags } from './spell-flags.js';
import { spellLinks } from './spell-links.js';
import { splitParts } from './split-parts.js';
import type { CaseRef, CaseRelation, StateCode, Understanding } from './understanding.js';
import { splitMessage, type Word } from './words.js';

/** Longer messages are not read: nobody types 500 characters of keywords. */
export const MAX_MESSAGE_LENGTH = 500;

export interface ParseOptions {
  /** The clock for "this year" and "the past 3 years". */
  now?: () => Date;
  /** Whether a word is the id (or an unambiguous start of the id) of a known case. */
  isCaseId?: (word: string) => boolean;
  /**
   * The loaded collection's own tag that `text` names (case and accents aside), if any: after
   * "topic" or "tags:" such a tag is a topic filter, as a taxonomy label is.
   */
  tagNamed?: (text: string) => string | undefined;
  /** The id of the case whose page a link is, if any: a link to a case names it. */
  caseOfLink?: (url: string) => string | undefined;
}

/** Places read as a filter holds them: "Africa and Asia", "Nordic or Baltic countries" one region of every region's countries. */
function placeSet(places: readonly PlaceSpan[]): PlaceSet {
  const set: PlaceSet = {};
  const codes = [...new Set(places.flatMap((p) => (p.code ? [p.code] : [])))];
  if (codes.length > 0) set.countries = codes;
  const regions = places.flatMap((p) => (p.region ? [p.region] : []));
  if (regions.length > 0) set.region = joinRegions(regions);
  return set;
}

/** Ids look like `c34z9r46`: letters and digits mixed. Without the knowledge, the shape decides. */
export function looksLikeId(word: string): boolean {
  return /^(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{6,12}$/u.test(word) && !/^\d+(?:st|nd|rd|th|s)$/u.test(word);
}

function base(kind: Understanding['kind']): Understanding {
  return {
    kind,
    subject: '',
    literal: false,
    filters: {},
    drops: [],
    refs: [],
    randomish: false,
    listing: false,
  };
}

const NON_ASCII = /[^\p{ASCII}]/u;

// A quote of any length is a quote: the subject is cut afterwards, so a cut never turns quoted
// words ("#1 …", "help") back into commands or moves.
const QUOTED = /["“”„«»]([^"“”„«»]+)["“”„«»]/u;

/**
 * Reads a message in one pass into its parts: command, filters (places, years, level, topic),
 * sort, subject words, referenced cases and conversational moves. Total: any string gives an
 * understanding, never an exception. The words of the message decide, one role each; the
 * regular expressions here only recognise small things (a year, an id, a page number).
 */
export function parseMessage(raw: unknown, options: ParseOptions = {}): Understanding {
  const besides =
    typeof raw === 'string' && raw.length <= MAX_MESSAGE_LENGTH ? readBesides(raw, looksLikeId) : undefined;
  if (besides) {
    const u = parseMessage(besides.rest, options);
    u.filters.besides = besides.ids;
    return u;
  }
  // "where are these from?", "when did they start": the last list counted by that facet.
  const fact = typeof raw === 'string' ? readFactAsk(raw) : undefined;
  if (fact !== undefined && fact !== 'organisation' && fact !== 'link')
    return { ...base('count'), by: fact, followUp: 'filters-only' };
  const read = readPastedAbout(raw, options) ?? readMessage(raw, options);
  // `search "before the data"`, `search before 2020`: words searched as typed point back at nothing.
  const searched = read.literal || (typeof raw === 'string' && /^\s*search\b/iu.test(raw));
  const recall =
    typeof raw === 'string' && raw.length <= MAX_MESSAGE_LENGTH && !searched ? readRecall(raw) : undefined;
  if (!recall) {
    const relation =
      typeof raw === 'string' && !searched && raw.length <= MAX_MESSAGE_LENGTH
        ? readRelation(raw)
        : undefined;
    if (relation) read.relation = relationOf(relation, options);
    return read;
  }
  const described = recall.described === '' ? base('search') : readMessage(recall.described, options);
  return { ...read, recall: { recall: recall.recall, described, ...(recall.weak ? { weak: true } : {}) } };
}

/** Verbs that take a named place off the last question: "forget chile", "drop the EU". */
// One word each ("get rid of" takes its own phrases); "without" leaves a place out instead.
const FORGETS: ReadonlySet<string> = new Set(
  DROP_VERBS.filter((verb) => !verb.includes(' ') && verb !== 'without'),
);

/** Where "forget" (and "the") before word `at` starts, if they are there and unread. */
function forgetsBefore(words: readonly Word[], claimed: readonly boolean[], at: number): number | undefined {
  const k = words[at - 1]?.folded === 'the' ? at - 2 : at - 1;
  return k >= 0 && !claimed[k] && FORGETS.has(words[k]!.folded) ? k : undefined;
}

/** What a funder's name is searched in: a list, a count, a pick. */
const FUNDED_KINDS: ReadonlySet<Understanding['kind']> = new Set(['search', 'count', 'random']);

const POINTED = /^(?:it|that|this|them|those|these|they)(?:\s+(?:one|case|project|initiative|thing))?$/iu;

/** A relation's words made a relation: the case as a reference, the rest read on its own. */
function relationOf(words: RelationWords, options: ParseOptions): CaseRelation {
  const { caseText, rest, ...relation } = words;
  const named =
    caseText === '' || POINTED.test(caseText) ? undefined : readMessage(caseText, options).refs[0];
  const ref: CaseRef =
    caseText === '' || POINTED.test(caseText)
      ? { type: 'pronoun' }
      : named && named.type !== 'pronoun'
        ? named
        : { type: 'name', text: caseText.replace(/^the\s+/iu, ''), loose: true };
  return { ...relation, ref, rest: readMessage(rest, options) };
}

/** "it", "this", "that": the question points at what was pasted before or around it. */
const POINTING = /\b(?:it|this|that)\b/iu;

/**
 * A link or a text pasted with a question about it ("saw this <link> any cases like it?", "my boss
 * sent me this: … anything like it?"): cases like what was pasted, the question's own filters
 * kept. `undefined` when the question names a subject or a case of its own, or asks no such thing.
 */
function readPastedAbout(raw: unknown, options: ParseOptions): Understanding | undefined {
  if (typeof raw !== 'string' || raw.length > MAX_MESSAGE_LENGTH) return undefined;
  const text = raw.replace(/\s+/gu, ' ').trim();
  const caseOfLink = options.caseOfLink;
  // A quote is what was pasted, links in it and all; else a link is, else a text before a question.
  const pasted = QUOTED.test(text)
    ? readPastedText(text)
    : (readPastedLink(text, (url) => caseOfLink?.(url) !== undefined) ??
      (BARE_LINK_START.test(text) ? undefined : readPastedText(text)));
  // A quote alone (`"open data"`, `"{"`) asks nothing of it: it is searched as typed. A link
  // alone ("saw this <link>") is shared to find what is like it.
  if (!pasted || (pasted.from === 'text' && !/[\p{L}\p{N}]/u.test(pasted.question))) return undefined;
  const questions = pasted.after === undefined ? [pasted.question] : [pasted.after, pasted.question];
  const asked = questions.map((q) => askedOfPasted(q, options)).find((a) => a !== undefined);
  if (!asked) return undefined;
  const u: Understanding = {
    ...asked,
    pasted: { from: pasted.from, text: pasted.text, ...(pasted.site ? { site: pasted.site } : {}) },
  };
  if (pasted.text === '') return u;
  u.kind = 'similar';
  u.subject = cut(literalText(pasted.text));
  u.literal = true;
  u.refs = [];
  delete u.followUp;
  return u;
}

/** The question asked of what was pasted, read alone; `undefined` if it asks something else. */
function askedOfPasted(question: string, options: ParseOptions): Understanding | undefined {
  const asked = /[\p{L}\p{N}]/u.test(question) ? readMessage(question, options) : base('similar');
  const pointing = asked.kind === 'similar' || POINTING.test(question);
  const ofIt =
    pointing &&
    asked.subject === '' &&
    ['similar', 'search', 'show', 'random'].includes(asked.kind) &&
    asked.refs.every((r) => r.type === 'pronoun');
  return ofIt ? asked : undefined;
}

/** Any link in the message is read as a link, never as pasted text. */
const BARE_LINK_START = /https?:\/\//iu;

/**
 * A message over several lines whose question names nothing ("Context: we are a council working
 * on loneliness.\nany cases?"): read with its background lines, which hold what it is about.
 */
function readMessage(raw: unknown, options: ParseOptions): Understanding {
  const u = readLines(raw, options);
  if (typeof raw !== 'string' || !asksNothing(u)) return u;
  const context = raw.includes('\n') ? contextLines(raw) : undefined;
  const text = context === undefined ? raw : `${context} ${dropLetterLines(raw)}`;
  const read = context === undefined ? u : readLines(text, options);
  // "we're redesigning benefits. examples?": what the asker is doing is what they ask about.
  return asksNothing(read) && saysWhatDoing(text) ? readLines(text, options, true) : read;
}

/** Asks for cases with no subject, filter or case named: "any cases?", "examples?". */
function asksNothing(u: Understanding): boolean {
  return (
    (u.kind === 'search' || u.kind === 'random') &&
    u.subject === '' &&
    Object.keys(u.filters).length === 0 &&
    u.refs.length === 0 &&
    u.followUp === undefined
  );
}

function readLines(raw: unknown, options: ParseOptions, keepDoing = false): Understanding {
  const typed = typeof raw === 'string' ? raw : '';
  // Plain ASCII is already in NFKC: most messages skip the normalisation's cost.
  const text = dropLetterLines(NON_ASCII.test(typed) ? typed.normalize('NFKC') : typed)
    .replace(/\s+/gu, ' ')
    .trim();
  if (text === '') return { ...base('help'), help: { reason: 'empty' } };
  if (text.length > MAX_MESSAGE_LENGTH) return { ...base('help'), help: { reason: 'too-long' } };
  const talk = emojiTalk(text);
  if (talk) return { ...base('small-talk'), smallTalk: talk };
  // Flags are spelled out after the length check: a short message of flags is still short.
  const body = spellLinks(spellFlags(text), options.caseOfLink)
    .replace(NAMED_MENTION, mentionedName)
    .replace(MENTION_MARKUP, ' ')
    .replace(EMOJI_CODES, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^[/!]+/u, '');
  const parts = body.split(' ');
  const first = parts[0] ?? '';
  const rest = parts.slice(1);
  const command = first.toLowerCase();
  if (command === 'digest' || command === 'digests') {
    const digest = parseDigest(rest.join(' '));
    // "digest only on weekdays please": words after "digest" that are no command are read as words.
    if (
      digest.type !== 'help' ||
      rest.length === 0 ||
      /^help$/iu.test(rest[0] ?? '') ||
      !CHANGE_CUE.test(body)
    )
      return { ...base('digest'), digest };
  }
  // "help me find …", "help us with …": a request for cases, not help on a topic.
  if (command === 'help' && rest.length > 0 && !/^(?:me|us)$/iu.test(rest[0] ?? ''))
    return { ...base('help'), help: { reason: 'asked', topic: rest.join(' ').toLowerCase() } };
  if (command === 'country' && rest.length === 0) return { ...base('count'), by: 'country' };
  if (command === 'country' && rest.length > 0) {
    const explicit = parseCountryCommand(rest.join(' '), options);
    if (explicit) return explicit;
  }
  const today = options.now?.() ?? new Date();
  const thisYear = today.getUTCFullYear();
  const isCaseId = options.isCaseId ?? looksLikeId;

  const quoted = QUOTED.exec(body);
  const whole = quoted ? body.replace(quoted[0], ' '.repeat(quoted[0].length)) : body;
  // "any BI projects", "SDG 5": the field's short forms and the UN goals, read as what they stand for.
  const field = readFieldTerms(whole);
  const respelt = respellWords(field.text);
  const meant = dropCorrected(respelt.text);
  // "^ this", "what Priya said, but only since 2020": the last question, refined by the rest.
  const pointers = dropPointers(meant);
  // Figures as said, before context and scaffolding are dropped: "we have less than 5 staff — …".
  const figures = readMeasures(pointers.text).measures;
  const synthesis = readSynthesis(dropContext(pointers.text, keepDoing));
  // "what's the best way to run …", "any tips for …": asked after a synthesis, which "lessons from the AI cases" is.
  const advice = readAdviceAsk(synthesis.text);
  const caseAsks = readCaseAsks(dropScaffolding(advice.text));
  // "with a budget under 100k", "that lasted more than 2 years": figures no case records.
  const measured = readMeasures(caseAsks.text);
  // "funded by the EU": no case records a funder; its name is searched, never a place filter.
  const funded = readFunder(measured.text);
  const unquoted = funded.text;
  const words = splitMessage(unquoted);
  const claimed = words.map(() => false);
  const claim = (from: number, to: number) => {
    for (let k = from; k <= to; k += 1) claimed[k] = true;
  };

  const understanding = base('search');
  let years: YearRange | undefined;
  const leftOutYears: YearRange[] = [];
  let lastLeftOut = -1;
  let askedAdded = false;
  for (const span of readYears(words, claimed, thisYear, unquoted, today)) {
    if (span.reading) understanding.timeReading = span.reading;
    // "added this week": no case records when it was added, so the newest are what is asked.
    if (span.reading?.kind === 'added') {
      askedAdded = true;
      claim(span.first, span.last);
      continue;
    }
    // "not before 2015" is a range of years, "except 2020" years left out; "not 2018 or 2020"
    // leaves out both, the negation carried over the joining word.
    const negated = negationBefore(words, claimed, span.first) ?? joinedTo(words, lastLeftOut, span.first);
    const range = negated === undefined ? span.range : complement(span.range);
    if (negated !== undefined) claim(negated, span.last);
    if (!range) {
      understanding.filters.exceptYears = joinRanges(understanding.filters.exceptYears, span.range);
      leftOutYears.push(span.range);
      lastLeftOut = span.last;
      continue;
    }
    years = joinRanges(years, range);
    if (span.event !== undefined) understanding.yearsEvent = span.event;
    claim(span.first, span.last);
  }
  if (leftOutYears.length > 1 && !adjoining(leftOutYears)) understanding.exceptYearsApart = leftOutYears;
  // "before 2020 or since 2020" joins to every year: no filter, not an empty range.
  if (years && (years.from !== undefined || years.to !== undefined)) understanding.filters.years = years;
  const pageWords = new Set<number>();
  for (const span of readPages(words, claimed)) {
    understanding.page = span.page;
    if (span.count !== undefined) understanding.count = span.count;
    if (span.skip !== undefined) understanding.skip = span.skip;
    claim(span.first, span.last);
    for (let k = span.first; k <= span.last; k += 1) pageWords.add(k);
  }
  const refSpans = readRefs(words, claimed, isCaseId);
  for (const span of refSpans) claim(span.first, span.last);
  const places = readPlaces(unquoted, words, claimed)
    .filter((place) => !inTitle(words, place, CASE_NOUNS))
    .map((place) => asTyped(place, words, respelt.typed));
  for (const place of places) claim(place.first, place.last);
  // "cases form Finland": a slip for "from", never searched.
  for (const k of readFromSlips(words, claimed, places)) claim(k, k);
  // "not in Europe", "outside Korea", "except Germany and France": places left out.
  const exclusions = readExclusions(words, claimed, places);
  for (const exclusion of exclusions) claim(exclusion.first, exclusion.place.last);
  // "forget chile", "drop the EU": the place named is a filter to take off the last question.
  const forgotten = places.filter(
    (p) => !exclusions.some((e) => e.place === p) && forgetsBefore(words, claimed, p.first) !== undefined,
  );
  for (const place of forgotten) claim(forgetsBefore(words, claimed, place.first) ?? place.first, place.last);
  const included = places.filter((p) => !exclusions.some((e) => e.place === p) && !forgotten.includes(p));
  const listCount = readListCount(words, claimed);
  if (listCount) claim(listCount.first, listCount.last);
  // "health but not mental health", "digital services, not AI": topics or words left out.
  const leftOut = readLeftOutWords(words, claimed, (text) => nameTopic(text) !== undefined);
  for (const span of leftOut) claim(span.first, span.last);
  // "can you export these", "a csv of health cases", "save these", "share this with @maria":
  // something casebot cannot do asked for, its words never searched.
  // "do you store what I type?", "how do I add you to a channel?": about casebot where it runs.
  const workspace = quoted ? undefined : readWorkspaceQuestion(words, claimed);
  // "make a list of health cases": the cases are what is asked, the list is how they come.
  if (!quoted && !workspace) for (const k of readListRequest(words, claimed)) claim(k, k);
  // "write me a poem about open data", "what's the weather": outside what casebot does.
  const outside = quoted || workspace ? undefined : readOutsideRequest(words, claimed, unquoted);
  for (const k of outside?.taken ?? []) claim(k, k);
  if (workspace) claim(0, words.length - 1);
  const action = workspace || outside ? undefined : readActionRequest(words, claimed);
  const fileWords = action?.topic === 'export' ? action.taken : [];
  for (const k of action?.taken ?? []) claim(k, k);
  // "someone posted this in #general": where it was seen, never searched.
  for (const k of readChannelMentions(words, claimed)) claim(k, k);

  const roles = assignRoles(words, claimed, {
    places,
    refs: refSpans,
    literal: quoted !== null,
    pageWords,
    ...(options.tagNamed ? { tagNamed: options.tagNamed } : {}),
  });
  const u = understanding;
  u.literal = quoted !== null;
  u.subject = cut(quoted ? literalText(quoted[1] ?? '') : roles.subject);
  u.drops = roles.drops;
  if (forgotten.length > 0) {
    for (const key of Object.keys(placeSet(forgotten)) as FilterKey[])
      if (!u.drops.includes(key)) u.drops.push(key);
    u.followUp ??= 'switch';
  }
  if (roles.sort) u.sort = roles.sort;
  if (askedAdded) {
    u.sort = 'newest';
    u.listing = true;
  }
  if (roles.level) u.filters.level = roles.level;
  if (roles.otherLevel) u.otherLevel = roles.otherLevel;
  if (roles.otherBy) u.otherBy = roles.otherBy;
  if (roles.unmeasured) u.unmeasured = roles.unmeasured;
  if (roles.fewest) u.fewest = true;
  if (roles.ranks) u.ranks = true;
  if (roles.pairs) u.pairs = true;
  if (roles.followUp) u.followUp = roles.followUp;
  // "sorry, I meant Japan": the last question again, with what was meant in place of what was said.
  else if (meant !== respelt.text) u.followUp = 'switch';
  if (meant !== respelt.text) u.corrects = true;
  if (roles.yearsBeside) u.yearsBeside = roles.yearsBeside;
  if (roles.again) u.again = true;
  u.randomish = roles.randomish;
  const count = roles.count ?? listCount?.count;
  if (count !== undefined) u.count = count;
  u.listing = roles.listing;
  // "translate this into Spanish": the language is no place asked for.
  const placesAsked =
    action?.topic === 'translate'
      ? included.filter((p) => !INTO.has(words[p.first - 1]?.folded ?? ''))
      : included;
  Object.assign(u.filters, placeSet(placesAsked));
  // Nothing else asked ("nope, I meant outside Europe", "but not AI"): the last question, leaving
  // the place or the topic out.
  const onlyLeftOut =
    u.subject === '' && Object.keys(u.filters).length === 0 && roles.topicText === undefined;
  if (exclusions.length > 0 || leftOut.length > 0) {
    if (onlyLeftOut) u.followUp ??= 'switch';
  }
  if (exclusions.length > 0) u.filters.except = placeSet(exclusions.map((e) => e.place));
  if (leftOut.length > 0)
    u.filters.without = [...new Set(leftOut.map((span) => nameTopic(span.text) ?? span.text))];
  const uncertain = included.find((p) => p.uncertain);
  if (uncertain) u.uncertainPlace = uncertain.typed;
  const state = readStateCode(unquoted, words, included);
  if (state) {
    u.stateCode = state;
    // "cases from NY": no country's code, so the state's name is what to search.
    if (!state.country) u.subject = stateSubject(u.subject, state);
  }
  if (roles.by) u.by = roles.by;
  // "countries with more than 3 cases": which lines, not how many cases to show.
  if (u.by !== undefined && measured.casesEach) {
    u.having = measured.casesEach;
    // "only one case" was also read as how many to show: "top 3" is not.
    if (measured.casesEachKept !== undefined && u.count === measured.casesEachKept) delete u.count;
  }
  if (field.readings.length > 0) u.fieldTerms = field.readings;

  // A subject that only names a topic is a topic filter ("health", "AI projects").
  if (roles.topicText) {
    const topic =
      nameTopic(roles.topicText) ?? findTopic(roles.topicText) ?? options.tagNamed?.(roles.topicText);
    if (topic) u.filters.topic = topic;
    u.topicTyped = roles.topicText;
  } else if (!u.literal && !roles.searched) {
    const topic = nameTopic(u.subject);
    const joined = topic ? undefined : readJoinedTopics(u.subject, body);
    if (topic) {
      u.filters.topic = topic;
      u.topicTyped = u.subject;
      u.subject = '';
    } else if (joined) readJoined(u, joined);
  }

  const refs: CaseRef[] = [...refSpans.map((s) => ({ at: s.first, ref: s.ref })), ...roles.refs]
    .sort((a, b) => a.at - b.at)
    .map((r) => r.ref);
  u.kind = roles.kind;
  // "the Danish thing on housing" in a search: no case is named, the demonym says where from.
  const place = u.kind === 'search' && u.subject !== '' ? refs.map(placeNamed).find(Boolean) : undefined;
  if (place && u.filters.countries === undefined && u.filters.region === undefined) {
    u.filters.countries = [place];
    u.refs = refs.filter((r) => placeNamed(r) === undefined);
  } else u.refs = refs;
  // "what's in your database on education?": no case to show, but a topic to list, read above
  // from what the roles left as the subject (places already make such a message a search).
  if (u.kind === 'show' && u.refs.length === 0 && u.subject === '' && u.topicTyped !== undefined)
    u.kind = 'search';
  // "show me only 3", "give me the top 2": how many of a list, not a case to show.
  if (u.kind === 'show' && u.refs.length === 0 && u.subject === '' && listCount) u.kind = 'search';
  readMembership(u, words, placesAsked);
  // A count alone ("just 3", "the newest 3") shows the last list so: it names nothing new.
  if (
    u.kind === 'search' &&
    listCount &&
    u.subject === '' &&
    !u.literal &&
    Object.keys(u.filters).length === 0
  )
    u.followUp ??= 'filters-only';
  if (pointers.pointed && !u.literal) {
    // Nothing but the pointer ("^ this", "+1"): the last answer again.
    if (!/[\p{L}\p{N}]/u.test(pointers.text)) {
      u.kind = 'again';
      delete u.help;
    } else if (u.kind === 'search') u.followUp ??= 'switch';
  }
  if (roles.smallTalk) u.smallTalk = roles.smallTalk;
  if (roles.help) u.help = roles.help;
  if (figures.length > 0 && !u.literal) u.unrecorded = figures;
  if (funded.funder && !u.literal && FUNDED_KINDS.has(u.kind)) {
    u.funder = funded.funder;
    u.subject = [u.subject, funded.funder.name.replace(/^the\s+/iu, '')].filter(Boolean).join(' ');
  }
  if (measured.countryCount) {
    u.filters.countryCount = measured.countryCount;
    // "involving several countries", "3+ countries": a list of them, not a word to help with.
    if (u.kind === 'help' && u.help?.reason === 'asked' && u.help.topic === undefined) {
      u.kind = 'search';
      delete u.help;
    }
  }
  if (caseAsks.asks.length > 0 && !u.literal) {
    u.caseAsks = caseAsks.asks;
    // "what were the results?", "how did it go?": asked of the case in focus, as "its link?" is;
    // "did any of them work?" of the cases shown.
    const nothingElse =
      u.subject === '' && Object.keys(u.filters).length === 0 && u.refs.every((r) => r.type === 'pronoun');
    if (nothingElse && (u.kind === 'search' || u.kind === 'show' || u.kind === 'help')) {
      u.kind = 'show';
      delete u.help;
      u.refs = [caseAsks.ofList ? { type: 'pronoun', plural: true } : { type: 'pronoun' }];
      if (caseAsks.ofList) u.caseAsksOfList = true;
    }
  }
  // "what do the Korean cases have in common?", "main themes in the health cases": casebot writes
  // no synthesis, so the cases are counted (and what they share said); a case named is shown.
  const namesCase = u.refs.some((r) => r.type !== 'pronoun' || r.plural !== true);
  if (synthesis.ask && !u.literal && !namesCase && SYNTHESISED.has(u.kind)) {
    u.kind = 'count';
    u.by ??= synthesis.ask.facet;
    u.synthesis = synthesis.ask;
    u.refs = [];
    delete u.help;
    if (u.subject === '' && Object.keys(u.filters).length === 0) u.followUp ??= 'filters-only';
  }
  if (advice.phrase !== undefined && u.kind === 'search' && !u.literal) u.advice = advice.phrase;
  // "move the digest to thursdays", "can you add korea to our digest": the channel's digest changed
  // in what is said, its other settings kept; never a new digest whose topic is the change's words.
  // Read before an action ("add …" a case) clears what the message names.
  const change =
    u.literal || !CHANGE_CUE.test(body) || NEW_DIGEST.test(body) ? undefined : readDigestChange(body, u);
  if (change && CHANGEABLE.has(u.kind)) return { ...base('digest'), digest: { type: 'change', change } };
  // "a weekly pdf of health cases": a file on a schedule is a digest first, posted as a message.
  if (fileWords.length > 0 && !u.literal && namesSchedule(body))
    return digestAsked(readDigestRequest(body, u, true), NOT_A_FILE);
  // "remind me when new ones come in": new cases on a schedule are a digest.
  if (action?.topic === 'remind' && !u.literal && NEW_CASES.test(body))
    return digestAsked(readDigestRequest(body, u, true));
  if (action && u.kind !== 'digest') {
    // What a mistake, a case to add or a rating says ("it ended in 2020") describes, it filters nothing.
    if (DESCRIBED.has(action.topic)) u.filters = {};
    u.kind = 'help';
    u.help = { reason: 'asked', topic: action.topic };
    u.refs = u.refs.filter((r) => r.type !== 'pronoun');
  }
  const outsideTopic = workspace ?? outside?.topic;
  if (outsideTopic && u.kind !== 'digest') {
    if (workspace) u.filters = {};
    u.kind = 'help';
    u.help = { reason: 'asked', topic: outsideTopic };
    u.refs = u.refs.filter((r) => r.type === 'name');
  }
  // "are you an AI", "is this the OECD": asked of casebot, even when it names a topic or a group;
  // what it names stays, so the search can be offered beside the answer.
  if ((u.kind === 'search' || u.kind === 'show') && !u.literal && asksAboutSelf(words)) {
    u.kind = 'small-talk';
    u.smallTalk = 'about';
    u.refs = [];
  }
  // "what is OPSI?", "what do you count as a case?": the collection's own words, about it.
  // Read from the whole message: "what counts as a “case”?" quotes the word it asks about.
  const forCases = u.kind === 'search' || u.kind === 'show' || u.kind === 'count' || u.kind === 'random';
  // "where does this data come from?": "this" is the collection's, not the case shown.
  const aboutThis =
    u.kind === 'show' && u.refs.every((r) => r.type === 'pronoun') && asksAboutCollection(words);
  if ((forCases && asksWhatItMeans(splitMessage(body))) || aboutThis) {
    u.kind = 'small-talk';
    u.smallTalk = 'about';
    u.refs = [];
  }
  if (u.page !== undefined || roles.move) {
    if (u.page === undefined)
      u.page =
        roles.move === 'first-page'
          ? 1
          : roles.move === 'last-page'
            ? LAST_PAGE
            : roles.move === 'previous'
              ? 'previous'
              : 'next';
    if (u.kind === 'search' && u.subject === '' && !hasFilters(u) && !u.listing) u.kind = 'page';
  }
  // "how do I subscribe to a digest?": digests are not searched for, they are set up.
  // "send me new cases every friday", "a monthly summary of …": a schedule asked is a digest.
  // A digest asked for in plain words is read into `digest subscribe …` when it says how often.
  // Asked on a schedule, "this channel" or "them" point at no case: the kind read from such words
  // ("is it possible to get … sent to this channel?") gives way to the digest.
  const asked = u.kind === 'search' || u.kind === 'show' || u.kind === 'page' || u.kind === 'random';
  // "stop the weekly digest", "which digests are set up here?": done to a digest, not searched.
  const done = u.literal ? undefined : readDigestAction(body);
  if (done && (asked || u.kind === 'count' || (u.kind === 'help' && !action)))
    return { ...base('digest'), digest: done.command, ...(done.note ? { digestNote: done.note } : {}) };
  if (asked && !u.literal && (DIGEST_WORDS.test(u.subject) || SCHEDULED.test(body)))
    return digestAsked(readDigestRequest(body, u, true));
  if (u.kind === 'search' && !u.literal) {
    const request = readDigestRequest(body, u, false);
    if (request?.type === 'subscribe') return digestAsked(request);
  }
  if (u.kind === 'compare') {
    const firstFew = readFirstFew(words);
    if (firstFew) {
      u.refs = firstFew.map((index) => ({ type: 'ordinal', index }));
      u.subject = '';
    } else u.refs = splitParts(words, claimed, { places, refs: refSpans, subjectWords: roles.subjectWords });
  }
  if ((u.kind === 'show' || u.kind === 'similar') && u.refs.length === 0 && u.subject !== '')
    u.refs = [{ type: 'name', text: roles.namedBefore ?? u.subject, loose: true }];
  return u;
}

/**
 * "which countries are in the global south", "who's in the G7": the group's countries that have
 * cases, counted; "is Chile high income?": Chile's cases. Either way the answer says who belongs.
 */
function readMembership(u: Understanding, words: readonly Word[], places: readonly PlaceSpan[]): void {
  const region = u.filters.region;
  if (u.literal || region === undefined || u.subject !== '') return;
  const placeWords = new Set(
    places.flatMap((p) => Array.from({ length: p.last - p.first + 1 }, (_, k) => p.first + k)),
  );
  if (!asksMembership(words, placeWords)) return;
  const countries = u.filters.countries;
  u.membership = { region, ...(countries ? { countries } : {}) };
  // Asked of the group itself, never of the last question's cases.
  delete u.followUp;
  if (countries) {
    delete u.filters.region;
    u.kind = 'search';
    return;
  }
  u.kind = 'count';
  u.by = 'country';
}

/** Words that join a year to the one left out before it: "not 2018 or 2020", "except 2019, 2021". */
const YEAR_JOINERS = new Set(['or', 'and', 'nor', 'neither']);

/** The first word after a left-out year's last (`after`) when only joining words lead to `at`. */
function joinedTo(words: readonly Word[], after: number, at: number): number | undefined {
  if (after < 0 || at <= after) return undefined;
  const between = words.slice(after + 1, at);
  const joined =
    between.every((w) => YEAR_JOINERS.has(w.folded)) && (between.length > 0 || /,/u.test(words[at]!.gap));
  return joined ? after + 1 : undefined;
}

/** Whether ranges of years left out touch or overlap, so joining them leaves out no year more. */
function adjoining(ranges: readonly YearRange[]): boolean {
  const sorted = [...ranges].sort((a, b) => (a.from ?? -Infinity) - (b.from ?? -Infinity));
  return sorted.every((r, k) => {
    const before = sorted[k - 1];
    if (!before) return true;
    return before.to === undefined || r.from === undefined || r.from <= before.to + 1;
  });
}

/** A digest asked for: the subscription it says, what to ask for it, or the digest help. */
function digestAsked(request: DigestRequest | undefined, also?: string): Understanding {
  const noted = (note: string) => (also ? `${note} ${also}` : note);
  if (request?.type === 'subscribe')
    return {
      ...base('digest'),
      digest: { type: 'subscribe', args: request.args },
      digestNote: noted(request.reading),
    };
  if (request?.type === 'ask')
    return { ...base('digest'), digest: { type: 'help' }, digestNote: noted(request.note) };
  return { ...base('digest'), digest: { type: 'help' }, ...(also ? { digestNote: also } : {}) };
}

/**
 * Mentions as chat platforms write them: Discord's users, roles and channels (`<@123>`, `<@!123>`,
 * `<@&123>`, `<#123>`), Slack's users, channels and specials (`<@U123>`, `<#C123|general>`,
 * `<!here>`), and mentions typed as text (`@everyone`, `@here`, `@sam`; not an email address).
 * They point at people and places in the chat, never at what to search; the Slack adapter turns
 * them into labels before this, but `ask` and Discord pass them on as typed.
 */
const MENTION_MARKUP =
  /<(?:@[!&]?\d{1,20}|#\d{1,20}|@[UWB][A-Z0-9]{1,20}(?:\|[^<>]{0,100})?|#[CG][A-Z0-9]{1,20}(?:\|[^<>]{0,100})?|![a-z]{1,20}(?:\^[A-Z0-9]{1,20})?(?:\|[^<>]{0,100})?)>|(?<![\p{L}\p{N}._%+-])@[\p{L}\p{N}_.-]{1,32}/gu;

/**
 * A mention typed as text with the person's full name, as Slack labels it: "@Sam Smith asked about
 * …", "hey @Maria José Pérez". The capitalised words after a capitalised mention are the name.
 */
const NAMED_MENTION = /(?<![\p{L}\p{N}._%+-])@\p{Lu}[\p{L}\p{N}_.-]{0,31}((?: \p{Lu}[\p{Ll}'’-]+){1,2})/gu;

/**
 * The mention without the rest of the name, which is never searched; a capitalised word that is
 * a country or a topic ("@Sam Korea cases?") is what is asked, and so are the words after it.
 */
function mentionedName(whole: string, rest: string): string {
  const words = rest.trim().split(' ');
  const name = words.findIndex((w) => findCountryInQuery(w) !== undefined || findTopic(w) !== undefined);
  const kept = name === -1 ? [] : words.slice(name);
  return [whole.slice(0, whole.length - rest.length), ...kept].join(' ');
}

/**
 * Emoji as chat platforms write them in text: Slack's shortcodes (`:wave:`, `:+1:`; a flag,
 * `:flag-kr:`, is spelled out first by spellFlags) and Discord's custom emoji
 * (`<:party:123>`, `<a:dance:123>`). Never a word to search; a time (`09:30:00`) is no shortcode.
 */
const EMOJI_CODES =
  /<a?:[\w~-]{1,32}:\d{1,20}>|(?<![\p{L}\p{N}]):[a-z+][a-z0-9_+'-]{0,40}:(?![\p{L}\p{N}])/giu;

// "subscription" and "newsletter" stay searchable: cases about subscription models exist.
const INTO = new Set(['into', 'to', 'in']);
const DESCRIBED = new Set(['report', 'add', 'rate', 'forget']);

/** New cases as they come: "when new ones come in", "when more are added", "new cases". */
const NEW_CASES =
  /\b(?:new|more|newer)\b[^.?!]*\b(?:come|comes|coming|added|appear|appears|published|arrive|arrives|in)\b|\bnew (?:cases|ones|initiatives|projects)\b|\bupdates?\b/iu;

/** Words that change something that exists, and words that start something new. */
const CHANGE_CUE =
  /\b(?:change|move|switch|make|set|add|include|drop|remove|instead|rather|only|just|fewer|less|too\s+many|should|could|can|update|edit|reschedule|shift|use|put|limit|cut)\b/iu;
const CHANGEABLE = new Set<Understanding['kind']>([
  'search',
  'show',
  'page',
  'random',
  'count',
  'help',
  'digest',
]);
const NEW_DIGEST =
  /\b(?:an?\s+(?:[\p{L}-]+\s+){0,2}(?:digest|newsletter|round-?up)|subscribe|set\s+up|start|create|new\s+digest|another\s+digest|second\s+digest)\b/iu;
const DIGEST_WORDS = /\b(?:digests?|(?:un)?subscrib(?:e|ing))\b/iu;

/**
 * A request for something on a schedule: "send me new cases every friday", "weekly updates", "a
 * way to get updates automatically", "notify us when …".
 */
const SCHEDULED =
  /\b(?:send|get|receive|post|deliver|email|notify|remind|updates?)\b[^.?!]*\b(?:every|each)\s+(?:day|week|month|morning|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekday)\b|\b(?:weekly|monthly|daily)\s+(?:updates?|summary|summaries|digest|emails?|roundup|round-up|newsletter|report)\b|\b(?:updates?|new\s+cases)\b[^.?!]*\bautomatic(?:ally)?\b|\bautomatic\s+(?:updates?|digests?)\b|\b(?:notify|alert)\s+(?:me|us)\b|\b(?:get|be)\s+(?:notified|pinged|alerted)\b[^.?!]*\b(?:new|more|added)\b/iu;

/** The subject with a state's code in it read as the state's name: "NY" is searched as “New York”. */
function stateSubject(subject: string, state: StateCode): string {
  const name = state.states[0]!.name;
  const words = subject.split(' ').filter((w) => w !== '');
  return words.includes(state.typed)
    ? words.map((w) => (w === state.typed ? name : w)).join(' ')
    : [...words, name].join(' ');
}

/** A subject is searched for up to this many characters, cut at a word. */
export const MAX_SUBJECT = 200;

/** What a synthesis may have been read as before it is read as a count of the cases meant. */
const SYNTHESISED: ReadonlySet<Understanding['kind']> = new Set([
  'search',
  'show',
  'help',
  'count',
  'random',
]);

function cut(subject: string): string {
  if (subject.length <= MAX_SUBJECT) return subject;
  const head = subject.slice(0, MAX_SUBJECT);
  const space = head.lastIndexOf(' ');
  return (space > MAX_SUBJECT / 2 ? head.slice(0, space) : head).replace(/[^\p{L}\p{N}]+$/u, '');
}

/** A quoted subject's words, with the punctuation between them kept as a subject keeps it. */
function literalText(quoted: string): string {
  const words = splitMessage(quoted);
  return words.length === 0 ? '' : wordsText(words, 0, words.length - 1);
}

function hasFilters(u: Understanding): boolean {
  return Object.keys(u.filters).length > 0 || u.sort !== undefined || u.drops.length > 0;
}

/** `country <name>`: the name alone decides; an unknown one is kept to suggest near names. */
function parseCountryCommand(rest: string, options: ParseOptions): Understanding | undefined {
  const page = /\s+page\s+(\d{1,4})$/iu.exec(rest);
  const name = (page ? rest.slice(0, page.index) : rest).trim();
  const code = resolveCountry(name);
  if (code) {
    const u = base('search');
    u.filters.countries = [code];
    u.listing = true;
    if (page) u.page = Math.max(1, Number(page[1]));
    return u;
  }
  const read = parseMessage(name, options);
  if (read.filters.countries || read.filters.region) return read;
  return { ...base('search'), listing: true, unknownPlace: name, ...(page ? { page: Number(page[1]) } : {}) };
}

/**
 * A place read from a misspelt name ("Germny") is as unsure as a name that is also a word: the
 * answer says how it was read and offers the words as typed.
 */
function asTyped(place: PlaceSpan, words: readonly Word[], typed: ReadonlyMap<string, string>): PlaceSpan {
  const run = words.slice(place.first, place.last + 1);
  if (!run.some((w) => typed.has(w.folded))) return place;
  return { ...place, typed: run.map((w) => typed.get(w.folded) ?? w.raw).join(' '), uncertain: true };
}

/**
 * The years outside a range open on one side ("not before 2015" is since 2015); a range closed on
 * both sides has two ranges outside it, which no filter holds.
 */
function complement(range: YearRange): YearRange | undefined {
  if (range.from !== undefined && range.to === undefined) return { to: range.from - 1 };
  if (range.to !== undefined && range.from === undefined) return { from: range.to + 1 };
  return undefined;
}

/**
 * Topics named together: every part a topic is a filter of topics ("health and education"); a
 * topic beside other words ("AI and blockchain") searches the words of all parts (cases about
 * either rank those about both first), or with "both", lists the topic's cases with the words.
 */
function readJoined(u: Understanding, joined: JoinedTopics): void {
  u.joined = joined;
  const topics = topicSetOf(joined);
  if (typeof topics === 'string') {
    u.filters.topic = topics;
    u.topicTyped = u.subject;
    u.subject = joined.shared;
    delete u.joined;
    return;
  }
  if (topics) {
    u.filters.topics = topics;
    u.topicTyped = u.subject;
    u.subject = joined.shared;
    return;
  }
  if (!joined.all) {
    u.subject = [...joined.parts, joined.shared].filter(Boolean).join(' ');
    return;
  }
  const at = joined.labels.findIndex((label) => label !== undefined);
  const label = joined.labels[at];
  if (label !== undefined) u.filters.topic = label;
  u.subject = [...joined.parts.filter((_, i) => i !== at), joined.shared].filter(Boolean).join(' ');
}

/** The country a case's name is, whole: "the Danish thing", "the Finnish one". */
function placeNamed(ref: CaseRef): string | undefined {
  if (ref.type !== 'name') return undefined;
  const found = findCountryInQuery(ref.text);
  return found && found.matched.length === ref.text.trim().length ? found.code : undefined;
}
