import type { Facet, FilterKey, HelpReason, Level, SmallTalk, Sort } from '../intents/intent.js';
import { findTopic } from '../knowledge/taxonomy.js';
import { isStopWord } from '../search/tokenize.js';
import { asksAboutCollection } from './asks-about-collection.js';
import { asksHowToUse } from './asks-how-to-use.js';
import { LINK_ASKS } from './lexicon.js';
import { nameTopic } from './name-topic.js';
import { smallNumberOf } from './number-words.js';
import type { PlaceSpan } from './read-places.js';
import { readRanking } from './read-ranking.js';
import { CASE_NOUNS, ONE_CASE_PRONOUNS, PLURAL_CASE_NOUNS, type RefSpan } from './read-refs.js';
import { readKindCompound, readUnmeasured } from './read-unmeasured.js';
import type { CommandName, FollowUpMode, Role, YearsSide } from './role.js';
import { type PhraseSpan, scanPhrases } from './scan-phrases.js';
import type { CaseRef, MessageKind } from './understanding.js';
import type { Word } from './words.js';

/** What the words of a message say once each has its role. */
export interface Roles {
  kind: MessageKind;
  subject: string;
  /** Indices of the subject's words. */
  subjectWords: number[];
  drops: (FilterKey | 'all')[];
  sort?: Sort;
  level?: Level;
  /** A second level named ("national and local"): a filter holds one. */
  otherLevel?: Level;
  /** A second breakdown named ("per topic? and per year?"): `by` holds the first. */
  otherBy?: Facet;
  /** The words that name a case a later "it" points back at ("what is bifidex? is it …"). */
  namedBefore?: string;
  by?: Facet;
  /** A superlative casebot has no measure of ("most impressive", "coolest"), as typed. */
  unmeasured?: string;
  /** A count asked for what has the fewest ("which year had the fewest", "least covered topic"). */
  fewest?: true;
  /** A count by a facet asked which of it leads ("most active country", "least covered topic"). */
  ranks?: true;
  /** A count by topic asked for topics that go together ("which topics appear together most?"). */
  pairs?: true;
  followUp?: FollowUpMode | 'filters-only';
  move?: 'next' | 'previous' | 'first-page' | 'last-page';
  yearsBeside?: YearsSide;
  randomish: boolean;
  /** How many a random pick asks for: a number beside "random" or before "cases". */
  count?: number;
  listing: boolean;
  /** "search …" asked for the words themselves: they stay words, even a topic's name. */
  searched: boolean;
  /** Words after "topic"/"tagged": a topic named on purpose. */
  topicText?: string;
  /** References found through the lexicon (ordinals, pronouns), with their position. */
  refs: { at: number; ref: CaseRef }[];
  smallTalk?: SmallTalk;
  help?: { reason: HelpReason; topic?: string };
  /** "again" said beside something else ("Nigeria again"): what was left out may be back in. */
  again?: true;
}

/**
 * Words before a facet that a count is asked by: "which country has the most", "the most common
 * topic", "the least covered topic", "the best represented country".
 */
const FACET_ASKERS = new Set(['which', 'what', 'common', 'popular', 'frequent', 'covered', 'represented']);

/**
 * Words that say one value of a facet leads the others, or trails them: "which country has more",
 * "most active", "which year had the fewest": either way the counts answer it.
 */
const LEADS = new Set([
  'more',
  'most',
  'active',
  'leading',
  'leads',
  'lead',
  'leader',
  'leaders',
  'ahead',
  'excel',
  'excels',
  'best',
  'strongest',
  'biggest',
  'largest',
  'busiest',
  'represented',
  'covered',
  'fewest',
  'fewer',
  'least',
  'less',
]);

/**
 * Words that rank one side against another once two levels or places are named: "are regional
 * governments ahead of national ones?", "how does the UK stack up against Australia?", "is AI
 * growing faster locally than nationally?". They ask for the sides compared, never a search.
 */
const RANKS_SIDES = new Set([
  'ahead',
  'behind',
  'against',
  'than',
  'faster',
  'slower',
  'stronger',
  'weaker',
  'better',
  'worse',
  'stack',
  'stacks',
  'growing',
  'grown',
  'grow',
  'grows',
]);

/** Words that ask for topics that appear together: "go together", "overlap", "co-occur", "pairs". */
const PAIRING = new Set([
  'together',
  'overlap',
  'overlaps',
  'overlapping',
  'cooccur',
  'occur',
  'combinations',
  'combination',
  'combined',
  'pairs',
  'paired',
  'pairings',
  'alongside',
]);

/** What each side compared does, not what is searched: "national and local approaches to AI". */
const SIDE_NOUNS = new Set(['approaches', 'approach', 'strategies', 'strategy', 'efforts', 'performance']);

const PAIRING_VERBS = new Set(['appear', 'appears', 'go', 'goes', 'occur', 'come', 'show', 'turn']);

/** Words that ask a breakdown as a ranking: those that say one leads, and "rank", "top". */
const RANKS = new Set([...LEADS, 'rank', 'ranked', 'ranking', 'top', 'common', 'popular', 'frequent']);

/** Words that ask which value of a facet trails the others. */
const FEWEST = new Set(['fewest', 'fewer', 'least', 'less']);

/** "is there a link?": asks for the case in view, whatever else the message says. */
const LINK_ASK_SET: ReadonlySet<string> = new Set(LINK_ASKS);

/** Words that count a facet's nouns rather than describe them: "several countries", "all topics". */
const QUANTIFIERS = new Set([
  'several',
  'many',
  'multiple',
  'various',
  'different',
  'some',
  'all',
  'most',
  'few',
  'both',
]);

/** "how many are …", "how many were …". */
const COPULAS = new Set(['are', 'were', 'is', 'was']);

/** Words that open a question about something. */
const QUESTION_WORDS = new Set(['what', 'whats', 'when', 'where', 'who', 'whose', 'which', 'how', 'why']);
/** Question words that alone ask a fact of a case: "when?", "where?", "who?". */
const FACT_QUESTION_WORDS = new Set(['when', 'where', 'who']);
/** What a case's facts tell: asked alone ("link?", "year?"), they ask it of the case in focus. */
const FACT_WORDS = new Set([
  'link',
  'url',
  'website',
  'site',
  'source',
  'year',
  'date',
  'started',
  'launched',
  'organisation',
  'organization',
  'org',
  'agency',
  'ministry',
  'contact',
  'cost',
  'budget',
  'funding',
  'funded',
  'run',
  'ran',
  'runs',
  'led',
  'owner',
  'level',
]);
/** Words that may sit around such a fact: "what was the year?", "its url pls". */
const FACT_FILLERS = new Set([
  'is',
  'was',
  'the',
  'its',
  'it',
  'of',
  'and',
  'please',
  'pls',
  'plz',
  'did',
  'does',
  'by',
  'in',
  'so',
  // "give me the link", "can I copy the link", "send me its url": asking for the fact, no more.
  'give',
  'me',
  'us',
  'can',
  'could',
  'i',
  'get',
  'have',
  'copy',
  'send',
  'grab',
  'need',
  'just',
]);

/** Social kinds, most telling first: "thanks, bye" is thanks. */
const SOCIAL_ORDER: readonly (SmallTalk | 'howto')[] = [
  'howto',
  'about',
  'complaint',
  'confused',
  'thanks',
  'bye',
  'greeting',
  'no',
  'ack',
];
const MAX_TOPIC_WORDS = 4;
const NO_SPAN: PhraseSpan = { first: -1, last: -1, roles: [], fuzzy: false };

const SINGULAR_FACETS = new Map<string, Facet>([
  ['country', 'country'],
  ['nation', 'country'],
  ['region', 'region'],
  ['continent', 'region'],
  ['topic', 'topic'],
  ['theme', 'topic'],
  ['subject', 'topic'],
  ['sector', 'topic'],
  ['category', 'topic'],
  ['tag', 'topic'],
  ['year', 'year'],
  ['date', 'year'],
  ['level', 'level'],
  ['tier', 'level'],
]);

/** Fillers that a bare follow-up may hold ("only local ones please"); any other asks a question of its own. */
const BARE_FILLERS = new Set([
  'one',
  'ones',
  'please',
  'pls',
  'plz',
  'just',
  'only',
  'also',
  'too',
  'now',
  'then',
  'so',
  'ok so',
  'well',
  'hmm',
  'um',
  'uh',
  'really',
  'result',
  'results',
  'pages',
  'country',
  'nation',
  // "how many are there?": of the last answer, as "how many?" is.
  'are there',
  'is there',
  'there are',
  'there is',
  // "any from 2020 onwards", "anything since 2019?": asking for cases, not a new question.
  'any',
  'anything',
  'some',
  'something',
]);

/** How big a place is, said of a level ("small municipalities"): no filter casebot has. */
const SIZE_WORDS = new Set([
  'small',
  'smaller',
  'smallest',
  'large',
  'larger',
  'big',
  'bigger',
  'tiny',
  'mid',
  'midsized',
  'medium',
  'mediumsized',
]);

/** Pronouns that may stand before a noun: "that Irish challenge", "this Korean project". */
const DETERMINERS = new Set(['that', 'this']);
/** Words between a case pronoun and its description: "that one from Chile", "the case about rehab". */
const DESCRIBING_PREPOSITIONS = new Set([
  'about',
  'on',
  'from',
  'in',
  'with',
  'for',
  'where',
  'which',
  'that',
]);
const ARTICLES = new Set(['the', 'a', 'an']);
/** Words that open a yes-or-no question about the case in focus: "is it about health?". */
const YES_NO_LEADS = new Set([
  'is',
  'was',
  'does',
  'did',
  'do',
  'has',
  'have',
  'can',
  'could',
  'will',
  'would',
  'are',
  'were',
]);

/** Commands that decide what a message is, wherever they stand, strongest first. */
const DECIDING: readonly CommandName[] = ['compare', 'similar', 'count', 'random'];

function roleOf<T extends Role['type']>(span: PhraseSpan, type: T): Extract<Role, { type: T }> | undefined {
  return span.roles.find((r) => r.type === type) as Extract<Role, { type: T }> | undefined;
}

function commandsOf(span: PhraseSpan): CommandName[] {
  return span.roles.flatMap((r) => (r.type === 'command' ? [r.command] : []));
}

/**
 * Gives each phrase of the message its role in context ("and" leads a follow-up or joins two
 * words; "local" is a filter in "local ones", a subject word in "local food"), then decides what
 * the message mainly asks for. What no role claims is the subject.
 */
export function assignRoles(
  words: readonly Word[],
  claimed: readonly boolean[],
  found: {
    places: readonly PlaceSpan[];
    refs: readonly RefSpan[];
    literal: boolean;
    pageWords: ReadonlySet<number>;
    tagNamed?: (text: string) => string | undefined;
  },
): Roles {
  const spans = scanPhrases(words, claimed);
  const spanAt = new Map<number, PhraseSpan>();
  for (const span of spans) for (let k = span.first; k <= span.last; k += 1) spanAt.set(k, span);
  const isFree = (i: number) => i >= 0 && i < words.length && !claimed[i] && !spanAt.has(i);
  // The letter after an apostrophe ("s" of "that's", "t" of "don't") is never a subject.
  // Nor a small count ("the latest 5 cases"): years, pages and positions were read before.
  const isStop = (i: number) =>
    isFree(i) &&
    (isStopWord(words[i]!.folded) ||
      (/^\p{L}$/u.test(words[i]!.folded) && /['’]/u.test(words[i]!.gap)) ||
      /^\d{1,2}$/u.test(words[i]!.folded));
  /** Free words that are not stop words: the raw subject, before phrases are given back to it. */
  const content = new Set<number>();
  words.forEach((_, i) => {
    if (isFree(i) && !isStop(i)) content.add(i);
  });
  for (const span of spans) {
    if (roleOf(span, 'subject')) for (let k = span.first; k <= span.last; k += 1) content.add(k);
  }
  // "innovation labs", "public sector innovation units": a word every case could carry is part of
  // the name of what it qualifies.
  for (const span of spans)
    if (words[span.last]!.folded === 'innovation' && content.has(span.last + 1) && roleOf(span, 'filler'))
      for (let k = span.first; k <= span.last; k += 1) content.add(k);
  // "pointers on plain language in letters", "writing in plain English": what a question is
  // about, where "explain it in plain language" asks how to be told.
  for (const span of spans)
    if (roleOf(span, 'filler') && plainWordsAsked(words, span))
      for (let k = span.first; k <= span.last; k += 1) if (words[k]!.folded !== 'in') content.add(k);
  const commands = new Set(spans.flatMap(commandsOf));
  // "does anyone know what bifidex is?": a question asked inside another asks it all the same.
  words.forEach((word, i) => {
    if (word.folded !== 'what') return;
    for (let j = i + 2; j <= i + 5 && j < words.length; j += 1) {
      if (!content.has(j - 1) && !found.refs.some((r) => r.first <= j - 1 && j - 1 <= r.last)) return;
      const ends = j === words.length - 1 || /[?.!,;:]/u.test(words[j + 1]!.gap);
      if ((words[j]!.folded === 'is' || words[j]!.folded === 'was') && ends) commands.add('show');
    }
  });
  // "like the Bogotá one", "cases like AI Friends": "like" before a case asks for similar ones.
  words.forEach((word, i) => {
    if (isFree(i) && (word.folded === 'like' || word.folded === 'similar') && i + 1 < words.length) {
      const startsRef = found.refs.some((r) => r.first === i + 1) || content.has(i + 1);
      if (startsRef && (i === 0 || !['d', 'would', 'i', 'we', 'you', 'they'].includes(words[i - 1]!.folded)))
        commands.add('similar');
    }
  });
  const hasPlacesOrYears = claimed.some(Boolean);
  /**
   * "tags: housing", "countries:Chile": a facet's name before a colon labels the value that
   * follows (as "topic:" does) when a value follows; "which topics: any list?" still asks for them.
   */
  const labels = new Set<PhraseSpan>();
  const labelsValue = (span: PhraseSpan, facet: Facet) => {
    const end = labelEnd(span);
    if (end === undefined) return false;
    if (facet !== 'topic') return claimed[end + 1] === true;
    // "topics: health, education, skills": topics named together, read as such from the subject.
    if (end + 1 < words.length) {
      const named = wordsText(words, end + 1, words.length - 1).split(/\s*(?:,|&|\band\b|\bor\b)\s*/iu);
      if (named.length > 1 && named.every((part) => part === '' || nameTopic(part) !== undefined))
        return true;
    }
    result.topicText ??= topicAfter(end);
    return result.topicText !== undefined;
  };
  /**
   * Where a label ends at its colon: right after the facet's name, or after words that only say
   * why ("Topics I'm interested in:", "countries we work with:"), none of them the subject.
   */
  const labelEnd = (span: PhraseSpan): number | undefined => {
    for (let k = span.last; k < words.length - 1 && k <= span.last + MAX_LABEL_WORDS; k += 1) {
      if (k > span.last && content.has(k)) return undefined;
      if (/^\s*:/u.test(words[k + 1]!.gap)) return k;
    }
    return undefined;
  };

  const result: Roles = {
    kind: 'search',
    subject: '',
    subjectWords: [],
    drops: [],
    refs: [],
    randomish: false,
    listing: false,
    searched: commands.has('search'),
  };
  // "how many per topic? and per year?": the first breakdown named leads, the next is offered.
  const breakDownBy = (facet: Facet) => {
    if (result.by !== undefined && result.by !== facet) result.otherBy ??= facet;
    else result.by = facet;
  };
  const socials: (SmallTalk | 'howto')[] = [];
  const topicWords = new Set<number>();
  let yes = false;
  let asksForCases = false;
  let together = false;
  let again = false;
  let undo = false;
  let help = false;
  let status = false;
  let leading = true;
  const needsRef = commands.has('show') || commands.has('similar') || commands.has('compare');
  // "what year was that one?", "how old is the first one?", "how did the Korean one work?",
  // "from which country is it?": a question about a case (the question word first or second),
  // answered by showing it, whose facts hold the year, the place, who ran it. "how many is
  // that?" still counts.
  const inRef = (i: number) => found.refs.some((r) => i >= r.first && i <= r.last);
  // "its year?", "its link": a question about the case in focus, too.
  const asksAboutIt =
    (words.slice(0, 2).some((w) => QUESTION_WORDS.has(w.folded)) || words[0]?.folded === 'its') &&
    !commands.has('count') &&
    !claimed.some((c, i) => c && !inRef(i));

  // "link?", "when?", "who ran it?" without "it", "what year": only a fact of a case is asked
  // for, so it is a question about the case in focus, as "its link" is.
  const asked = words.some((w) => QUESTION_WORDS.has(w.folded));
  // "which country?" asks a case's country; "country" alone is a breakdown by country.
  const isFact = (w: Word) => FACT_WORDS.has(w.folded) || (asked && w.folded === 'country');
  const asksOnlyAFact =
    found.refs.length === 0 &&
    !claimed.some(Boolean) &&
    words.some((w) => isFact(w) || FACT_QUESTION_WORDS.has(w.folded)) &&
    words.every((w) => isFact(w) || QUESTION_WORDS.has(w.folded) || FACT_FILLERS.has(w.folded));
  /**
   * "that Irish challenge", "this Korean project", "the case about rehab", "that one from Chile":
   * the pronoun is a determiner and the words after it describe the case. Not in a question
   * about the case in focus ("is that one about health?", "does it involve AI?").
   */
  const describedAfter = (span: PhraseSpan) => {
    if (YES_NO_LEADS.has(words[0]?.folded ?? '')) return false;
    const phrase = phraseOf(span);
    const next = words[span.last + 1]?.folded;
    let at = next !== undefined && DESCRIBING_PREPOSITIONS.has(next) ? span.last + 2 : span.last + 1;
    if (at > span.last + 1 && ARTICLES.has(words[at]?.folded ?? '')) at += 1;
    // "that" alone may be followed by its case at once; "that one", "the case" need "about", "from"…
    const placeAt = (i: number) => found.places.some((p) => p.first === i);
    if (at > span.last + 1) return content.has(at) || placeAt(at);
    // Right after "that": a place, or a noun phrase ("that open data thing"), not one word that
    // may as well say something else about it ("show that now").
    if (!DETERMINERS.has(phrase)) return false;
    const then = words[at + 1]?.folded ?? '';
    return (
      placeAt(at) || (content.has(at) && (content.has(at + 1) || placeAt(at + 1) || CASE_NOUNS.has(then)))
    );
  };
  /** Nothing but polite filler after the span: "too please", "as well?". */
  const atEnd = (span: PhraseSpan) =>
    words.every(
      (_, k) =>
        k <= span.last || spans.some((o) => o.first <= k && k <= o.last && BARE_FILLERS.has(phraseOf(o))),
    );
  let asks = false;
  /** The count was asked "by"/"per" a facet ("by country"): a breakdown of what came before. */
  let perFacet = false;
  for (const span of spans) {
    const atStart = leading;
    if (roleOf(span, 'filler') && span.roles.length === 1 && !BARE_FILLERS.has(phraseOf(span))) asks = true;
    const roles = span.roles;
    if (topicWords.has(span.first)) continue;
    const only = (type: Role['type']) => roles.every((r) => r.type === type || r.type === 'filler');
    if (roleOf(span, 'subject')) {
      leading = false;
      continue;
    }
    const level = roleOf(span, 'level');
    if (level) {
      // "small municipalities", "larger cities": how big is no filter, and not what is searched.
      if (SIZE_WORDS.has(words[span.first - 1]?.folded ?? '')) content.delete(span.first - 1);
      // "national and local approaches": a level joined to a level already read is one too.
      const joined =
        result.level !== undefined &&
        ['and', 'or', 'vs', 'versus'].includes(words[span.first - 1]?.folded ?? '') &&
        roleOf(spanAt.get(span.first - 2) ?? NO_SPAN, 'level') !== undefined;
      if (level.strong || joined || levelInContext(span)) {
        if (result.level !== undefined && result.level !== level.level) result.otherLevel ??= level.level;
        result.level ??= level.level;
      } else for (let k = span.first; k <= span.last; k += 1) content.add(k);
      leading = false;
      continue;
    }
    const sort = roleOf(span, 'sort');
    if (sort) result.sort ??= sort.sort;
    const drop = roleOf(span, 'drop');
    if (drop && !result.drops.includes(drop.key)) result.drops.push(drop.key);
    const facet = roleOf(span, 'facet');
    // "rural areas", "policy fields": a word of the subject before it makes it a noun of the subject.
    const modified =
      facet !== undefined &&
      span.first === span.last &&
      content.has(span.first - 1) &&
      !QUANTIFIERS.has(words[span.first - 1]!.folded);
    if (facet && labelsValue(span, facet.facet)) labels.add(span);
    else if (modified) content.add(span.first);
    else if (facet && !sort) breakDownBy(facet.facet);
    // "per country", "by year", "for each topic": the singular names what a count is broken down by.
    const groupedBy = roleOf(span, 'per')
      ? SINGULAR_FACETS.get(words[span.last + 1]?.folded ?? '')
      : undefined;
    if (groupedBy) {
      breakDownBy(groupedBy);
      perFacet = true;
      content.delete(span.last + 1);
    }
    const followUp = roleOf(span, 'follow-up');
    if (followUp && (atStart || followUp.mode === 'narrow')) result.followUp ??= followUp.mode;
    // "and Estonia too", "Belgium as well": a closing "too" adds to the last places, whatever
    // opened the message ("and" alone would switch to them).
    if (followUp?.mode === 'add' && atEnd(span) && result.followUp !== 'narrow') result.followUp = 'add';
    // "try open government instead": a closing "instead" changes the last question too.
    if (followUp?.mode === 'switch' && phraseOf(span) === 'instead' && atEnd(span))
      result.followUp ??= 'switch';
    const move = roleOf(span, 'move');
    if (move) result.move ??= move.move;
    const beside = roleOf(span, 'years-beside');
    if (beside) result.yearsBeside ??= beside.side;
    const ordinal = roleOf(span, 'ordinal');
    if (ordinal) {
      const next = spanAt.get(span.last + 1);
      const before = words[span.first - 1]?.folded;
      const pointed = before === 'the' || (next !== undefined && roleOf(next, 'case-noun') !== undefined);
      if (pointed || needsRef || content.size === 0)
        result.refs.push({ at: span.first, ref: { type: 'ordinal', index: ordinal.index } });
      else for (let k = span.first; k <= span.last; k += 1) content.add(k);
    }
    const pronoun = roleOf(span, 'pronoun') ? phraseOf(span) : undefined;
    // "what is bifidex? someone said it's balkan": "it" is the case just named, not the last one shown.
    const namedBefore =
      pronoun !== undefined &&
      ONE_CASE_PRONOUNS.has(pronoun) &&
      commands.has('show') &&
      !describedAfter(span) &&
      [...content].some((k) => k < span.first);
    if (namedBefore && result.namedBefore === undefined) {
      const before = [...content].filter((k) => k < span.first).sort((a, b) => a - b);
      result.namedBefore = before.map((k) => words[k]!.raw).join(' ');
    }
    if (
      pronoun !== undefined &&
      !namedBefore &&
      (needsRef ||
        (asksAboutIt && ONE_CASE_PRONOUNS.has(pronoun)) ||
        LINK_ASK_SET.has(pronoun) ||
        // "show me that one from the UK": a case named by what follows, whatever asked for it.
        (pronoun.includes(' ') && ONE_CASE_PRONOUNS.has(pronoun) && describedAfter(span)))
    )
      result.refs.push({
        at: span.first,
        ref: !ONE_CASE_PRONOUNS.has(pronoun)
          ? { type: 'pronoun', plural: true }
          : describedAfter(span)
            ? { type: 'pronoun', described: true }
            : { type: 'pronoun' },
      });
    if (roleOf(span, 'randomish')) {
      result.randomish = true;
      // "nah, something else": a refusal before a request for cases is that request.
      if (phraseOf(span) !== 'whatever') asksForCases = true;
    }
    if (roleOf(span, 'topic-word')) result.topicText ??= topicAfter(span.last);
    const social = roleOf(span, 'social');
    if (social) socials.push(social.kind);
    if (roleOf(span, 'yes')) yes = true;
    if (roleOf(span, 'together')) together = true;
    if (roleOf(span, 'again')) again = true;
    if (roleOf(span, 'undo')) undo = true;
    const spanCommands = commandsOf(span);
    // "3 random cases", "random 3", "five at random": how many to draw.
    if (spanCommands.includes('random')) for (const k of [span.first - 1, span.last + 1]) countAt(k);
    if (spanCommands.includes('help')) help = true;
    if (spanCommands.includes('status')) status = true;
    if (spanCommands.includes('list') || spanCommands.includes('new')) result.listing = true;
    if (spanCommands.includes('new')) result.sort ??= 'newest';
    // Greetings and fillers before the question do not stop what follows from leading it.
    if (!(only('filler') || only('social') || (social && only('social')) || roleOf(span, 'follow-up')))
      leading = false;
  }

  // "3 cases at random", "two health cases, randomly": the number before what is drawn.
  if (commands.has('random') && result.count === undefined)
    for (let i = 0; i < words.length && result.count === undefined; i += 1) {
      const noun = words.findIndex((w, k) => k > i && k <= i + 3 && PLURAL_CASE_NOUNS.has(w.folded));
      if (noun > 0 && !claimed.slice(i, noun).some(Boolean)) countAt(i);
    }
  // "which country has more cases?", "which level is most active?": asking which of a facet leads
  // is counting by it, whatever word says "leads".
  // "which countries lead on …": the same when the facet is named in the plural.
  const askedFacet = words.findIndex(
    (w, i) => FACET_ASKERS.has(w.folded) && facetNamed(words[i + 1]?.folded ?? '') !== undefined,
  );
  if (result.by === undefined || askedFacet >= 0) {
    const asked = askedFacet;
    // "where is digital government most advanced?", "where are most cases from?" ask which country.
    const where = asked < 0 && words[0]?.folded === 'where' ? 0 : -1;
    const from = asked >= 0 ? asked + 2 : where + 1;
    const leads =
      (asked < 0 && where < 0) || (commands.has('count') && where < 0)
        ? -1
        : words.findIndex((w, i) => i >= from && LEADS.has(w.folded));
    if (leads >= 0) {
      commands.add('count');
      commands.delete('show');
      if (asked < 0) result.by = 'country';
      for (let i = leads; i < words.length; i += 1) {
        if (!LEADS.has(words[i]!.folded)) continue;
        content.delete(i);
        // "which countries lead the way on …": the way is how they lead, not what is searched.
        if (words[i + 1]?.folded === 'the' && words[i + 2]?.folded === 'way') content.delete(i + 2);
      }
    }
  }
  // "most active country in Asia", "top 3 countries", "who leads on open data": a ranking asked
  // without "which" is a count by what it ranks, as "which country has the most" is.
  const ranking =
    askedFacet < 0 && found.places.length < 2 ? readRanking(words, claimed, facetNamed) : undefined;
  if (ranking) {
    commands.add('count');
    commands.delete('show');
    result.by = ranking.facet;
    for (const i of ranking.indices) content.delete(i);
    perFacet = true;
  }
  // Two levels or places named with a word that ranks one against the other compare them.
  if (result.otherLevel !== undefined || found.places.length >= 2) {
    // "more national cases than local ones": "than" after "more" ranks them too, small word as it is.
    const than = (i: number) =>
      words[i]!.folded === 'than' && words.slice(0, i).some((w) => LEADS.has(w.folded));
    const ranks = words.flatMap((w, i) =>
      (RANKS_SIDES.has(w.folded) && content.has(i)) || than(i) ? [i] : [],
    );
    if (ranks.length > 0) commands.add('compare');
    for (const i of ranks) {
      content.delete(i);
      if (words[i + 1]?.folded === 'up') content.delete(i + 1);
    }
    // "how do national and local approaches to AI differ?": the sides' ways of working are theirs.
    if (commands.has('compare'))
      for (let i = 0; i < words.length; i += 1) if (SIDE_NOUNS.has(words[i]!.folded)) content.delete(i);
  }
  // "which country has the most?": a count broken down by what the question names.
  if (commands.has('count') && result.by === undefined) {
    const asked = askedFacet;
    if (asked >= 0) {
      result.by = facetNamed(words[asked + 1]!.folded);
      content.delete(asked + 1);
      // Of the last answer, when there is one, as "by year" is.
      perFacet = true;
    }
  }
  // "by topic and year", "per country or region": a second breakdown, offered beside the first.
  if (result.by !== undefined)
    words.forEach((w, i) => {
      const next = SINGULAR_FACETS.get(words[i + 1]?.folded ?? '');
      if (
        (w.folded === 'and' || w.folded === 'or') &&
        next &&
        SINGULAR_FACETS.has(words[i - 1]?.folded ?? '')
      ) {
        breakDownBy(next);
        content.delete(i + 1);
      }
    });
  if (commands.has('count') && words.some((w) => FEWEST.has(w.folded))) result.fewest = true;
  // "which country has the most", "the busiest year", "rank the regions": which leads is asked.
  if (commands.has('count') && result.by !== undefined && (ranking || words.some((w) => RANKS.has(w.folded))))
    result.ranks = true;
  // "which topics go together most often?": topics that appear together, which no count holds.
  if (result.by === 'topic' || result.otherBy === 'topic') {
    const pairing = words.flatMap((w, i) =>
      PAIRING.has(w.folded) ? (w.folded === 'occur' && words[i - 1]?.folded === 'co' ? [i - 1, i] : [i]) : [],
    );
    if (pairing.length > 0) result.pairs = true;
    // "appear together", "go together": the verb of the pairing is no subject either.
    for (const i of pairing)
      for (const k of [i, i - 1]) if (k === i || PAIRING_VERBS.has(words[k]?.folded ?? '')) content.delete(k);
  }
  for (const i of readKindCompound(words, content)) content.add(i);
  // "the most impressive project", "coolest cases": no measure of either, so neither searched.
  const unmeasured = commands.has('count') ? undefined : readUnmeasured(words, content);
  if (unmeasured) {
    for (const i of unmeasured.indices) content.delete(i);
    result.unmeasured = unmeasured.phrase;
  }
  result.subjectWords = [...content].sort((a, b) => a - b);
  result.subject = subjectText(words, result.subjectWords, (i) => isStop(i) || isJoiner(i));
  // "search government": asked to search words that are usually filler, it searches them; "find
  // cases related to this" asks for cases like what it points at, no words of its own.
  const counting = commands.has('count') || spans.some((sp) => roleOf(sp, 'facet') && !labels.has(sp));
  if (
    result.searched &&
    !counting &&
    !commands.has('similar') &&
    result.subject === '' &&
    !claimed.some((c, i) => c && !found.pageWords.has(i))
  ) {
    const searchWords = words
      .map((_, i) => i)
      .filter(
        (i) =>
          !claimed[i] &&
          !isStopWord(words[i]!.folded) &&
          !commandsOf(spanAt.get(i) ?? NO_SPAN).includes('search'),
      );
    if (searchWords.length > 0) result.listing = false;
    result.subjectWords = searchWords;
    result.subject = subjectText(words, searchWords, (i) => isStopWord(words[i]!.folded));
  }
  const hasContent = result.subject !== '' || hasPlacesOrYears || result.level !== undefined || found.literal;

  // What the message mainly asks for.
  const deciding = DECIDING.find((c) => commands.has(c));
  const refs = result.refs.length + found.refs.length;
  const described = result.refs.some(({ ref }) => ref.type === 'pronoun' && ref.described === true);
  // "how many national vs local?": the cases counted by level, not levels compared.
  // "compare national and local cases on transparency": the same, the two levels side by side.
  if (
    deciding === 'compare' &&
    result.level !== undefined &&
    (commands.has('count') || result.otherLevel !== undefined)
  ) {
    result.kind = 'count';
    result.by = 'level';
    delete result.level;
  } else if (deciding === 'compare') result.kind = 'compare';
  else if (deciding === 'similar' || (commands.has('similar') && refs > 0)) result.kind = 'similar';
  // "show that again", "where were we?": the last answer; "show the second one again" is that one.
  else if (
    again &&
    !hasContent &&
    found.refs.length === 0 &&
    result.refs.every(({ ref }) => ref.type === 'pronoun' && !ref.described) &&
    !commands.has('count')
  )
    result.kind = 'again';
  // "undo that", "take that back": the question before the last, when nothing else is asked.
  else if (undo && !hasContent && found.refs.length === 0 && result.refs.length === 0 && commands.size === 0)
    result.kind = 'undo';
  else if (refs > 0 && (commands.has('show') || !result.subject || asksAboutIt || described))
    result.kind = 'show';
  else if (asksOnlyAFact && refs === 0 && result.by === undefined) {
    result.kind = 'show';
    result.refs.push({ at: 0, ref: { type: 'pronoun' } });
  } else if (
    commands.has('show') &&
    (found.places.length === 0 || refs > 0 || result.namedBefore !== undefined) &&
    showsByName()
  )
    result.kind = 'show';
  // "how up to date is your data?": about casebot's collection, not a search in it.
  else if (!hasPlacesOrYears && !result.level && !commands.has('count') && asksAboutCollection(words)) {
    result.kind = 'small-talk';
    result.smallTalk = 'about';
  }
  // "can I filter by country?", "what filters can I use?": how to use casebot, not a search.
  else if (!hasPlacesOrYears && asksHowToUse(words)) {
    result.kind = 'help';
    result.help = { reason: 'asked' };
  }
  // "how do I filter by year?" asks how to use the bot, not for the counts.
  else if (deciding === 'count' || (result.by !== undefined && !result.sort && !socials.includes('howto')))
    result.kind = 'count';
  else if (deciding === 'random') result.kind = 'random';
  else if (yes && !hasContent) result.kind = 'yes';
  else if (together && !hasContent && commands.size === 0) result.kind = 'together';
  // "actually any year is fine": a filter dropped is no small talk.
  else if (
    socials.length > 0 &&
    !hasContent &&
    !asksForCases &&
    !result.move &&
    // "whats the oldest case u got lol": an order asks for cases, whatever chat word ends it.
    !result.sort &&
    commands.size === 0 &&
    result.drops.length === 0
  ) {
    const kind = SOCIAL_ORDER.find((k) => socials.includes(k))!;
    if (kind === 'howto') {
      result.kind = 'help';
      result.help = { reason: 'asked' };
    } else {
      result.kind = 'small-talk';
      result.smallTalk = kind;
    }
  } else if (help && !hasContent) {
    result.kind = 'help';
    result.help = { reason: 'asked' };
  } else if (status && !hasContent) result.kind = 'status';
  if (again && result.kind !== 'again') result.again = true;
  // "list them", "list those": the last answer's cases.
  const pronouns = spans.filter((span) => roleOf(span, 'pronoun')).map(phraseOf);
  const pointsAtList = pronouns.some((phrase) => !ONE_CASE_PRONOUNS.has(phrase));
  if (result.kind === 'search' && result.listing && !hasContent && pointsAtList)
    result.followUp ??= 'filters-only';
  // "and before that?": the years before the last question's, when it had some (else a page back).
  if (result.kind === 'search' && result.yearsBeside) result.followUp ??= 'filters-only';
  if (
    result.kind === 'search' &&
    !hasContent &&
    !result.sort &&
    !result.listing &&
    !result.move &&
    !result.yearsBeside
  ) {
    if (result.drops.length > 0 || result.followUp) result.followUp ??= 'switch';
    else if (result.randomish) result.kind = 'random';
    else if (commands.has('search')) {
      result.kind = 'help';
      result.help = { reason: 'asked', topic: 'search' };
    } else if (spans.length > 0) result.listing = true;
    else {
      result.kind = 'help';
      result.help = { reason: 'asked' };
    }
  }
  if (
    result.kind === 'search' &&
    !result.followUp &&
    !result.subject &&
    !result.listing &&
    !commands.has('search')
  ) {
    const onlyPlaces = found.places.length > 0 && words[0] !== undefined && claimedBy(found.places, 0);
    // An order alone ("show me the newest ones", "sort by oldest") re-sorts the last list:
    // asking for it in words changes nothing, as it would for a place ("show me cases from Chile").
    const onlySort = result.sort !== undefined && !hasPlacesOrYears && !result.level;
    if (!onlyPlaces && (!asks || onlySort) && (hasPlacesOrYears || result.level || result.sort))
      result.followUp = 'filters-only';
  }
  // "list the national ones", "show me the Korean ones": "the … ones" are among the last answer's.
  if (
    result.kind === 'search' &&
    result.subject === '' &&
    (hasPlacesOrYears || result.level !== undefined) &&
    words.some((w, i) => w.folded === 'the' && definiteOnes(i))
  )
    result.followUp ??= 'filters-only';
  if (result.drops.length > 0) result.followUp ??= 'switch';
  // "what did they do on AI?" after "Korea": "they" are the last answer's doers, so its place,
  // years and level stay and the subject changes.
  if (
    result.kind === 'search' &&
    (result.subject !== '' || result.topicText !== undefined) &&
    found.places.length === 0 &&
    pronouns.includes('they')
  )
    result.followUp ??= 'switch';
  // "how many are local?": no cases named, so the ones just shown.
  if (
    result.kind === 'count' &&
    result.subject === '' &&
    words[0]?.folded === 'how' &&
    words[1]?.folded === 'many' &&
    COPULAS.has(words[2]?.folded ?? '')
  )
    result.followUp ??= 'filters-only';
  // "how many?" or "by country" alone asks about the last answer, when there is one.
  // "how many cases is it?", "which countries are they from?": a pronoun points at the last answer too.
  if (
    result.kind === 'count' &&
    !hasContent &&
    (!asks || pronouns.length > 0) &&
    (!result.by || perFacet || pointsAtList)
  )
    result.followUp ??= 'filters-only';
  return result;

  function countAt(i: number): void {
    const n = claimed[i] ? undefined : smallNumberOf(words[i]);
    if (n === undefined || result.count !== undefined) return;
    result.count = n;
    content.delete(i);
  }

  /** "the national ones", "the ones from Korea": `the` at `i` opens ones already spoken of. */
  function definiteOnes(i: number): boolean {
    for (let k = i + 1; k <= i + 4 && k < words.length; k += 1) {
      if (words[k]!.folded === 'ones') return true;
      if (content.has(k)) return false;
    }
    return false;
  }

  function phraseOf(span: PhraseSpan): string {
    return words
      .slice(span.first, span.last + 1)
      .map((w) => w.folded)
      .join(' ');
  }

  /** "show Connectoo Training": a name to look up, not a search, when nothing else is asked. */
  function showsByName(): boolean {
    return result.subject !== '' && !result.listing;
  }

  function isJoiner(i: number): boolean {
    const span = spanAt.get(i);
    return (
      span !== undefined && span.first === span.last && isStopWord(words[i]!.folded) && !roleOf(span, 'level')
    );
  }

  /**
   * A level word filters when it qualifies the cases ("local ones", "at national level", "local
   * health projects"), not when it is part of a subject ("local food", "national qualification").
   */
  function levelInContext(span: PhraseSpan): boolean {
    const before = span.first - 1;
    if (content.has(before)) return false;
    const after = span.last + 1;
    if (after >= words.length) return true;
    if (content.has(after)) return nameTopic(words[after]!.raw) !== undefined && !content.has(after + 1);
    const next = spanAt.get(after);
    return next === undefined || !roleOf(next, 'subject');
  }

  /** The topic named after "topic"/"tagged": the longest run of words that names one; those words are no subject. */
  function topicAfter(last: number): string | undefined {
    const run: number[] = [];
    for (let k = last + 1; k < words.length && k <= last + MAX_TOPIC_WORDS && !claimed[k]; k += 1)
      run.push(k);
    for (let n = run.length; n >= 1; n -= 1) {
      const text = wordsText(words, run[0]!, run[n - 1]!);
      if (nameTopic(text) || (n === 1 && findTopic(text)) || found.tagNamed?.(text)) {
        for (const k of run.slice(0, n)) {
          content.delete(k);
          topicWords.add(k);
        }
        return text;
      }
    }
    return undefined;
  }
}

/** How many words may stand between a facet's name and the colon that ends its label. */
const MAX_LABEL_WORDS = 4;

/** The facet a word names, in the singular or the plural: "country", "countries". */
function facetNamed(word: string): Facet | undefined {
  return SINGULAR_FACETS.get(word) ?? SINGULAR_FACETS.get(word.replace(/ies$/u, 'y').replace(/s$/u, ''));
}

function claimedBy(places: readonly PlaceSpan[], i: number): boolean {
  return places.some((p) => p.first <= i && i <= p.last);
}

/**
 * The subject as typed: runs of subject words, kept together across the small words between
 * them ("children with disabilities"), joined by a space.
 */
function subjectText(
  words: readonly Word[],
  indices: readonly number[],
  bridges: (i: number) => boolean,
): string {
  const runs: string[] = [];
  let start = -1;
  let end = -1;
  const flush = () => {
    if (start >= 0) runs.push(wordsText(words, start, end));
    start = -1;
  };
  for (const i of indices) {
    if (start >= 0) {
      let bridged = true;
      for (let k = end + 1; k < i; k += 1) if (!bridges(k)) bridged = false;
      if (!bridged || i - end > 3) flush();
    }
    if (start < 0) start = i;
    end = i;
  }
  flush();
  return runs.join(' ');
}

/** Punctuation kept between the words of a subject ("co-creation", "R&D", "a, b"); the rest is a space. */
const JOINING = /[^\-‐–'’&/.+]/u;
/** Signs between spaced words of one subject: "health, education", "health & education". */
const LIST_SIGNS = new Set([',', '&', '/']);

/** Words `from`…`to` as typed, with only word-joining punctuation between them. */
export function wordsText(words: readonly Word[], from: number, to: number): string {
  let text = words[from]!.raw;
  for (let k = from + 1; k <= to; k += 1) {
    const raw = words[k]!.gap;
    // Glued to both words ("co-creation", "R&D") it stays; between spaced words only a list sign does.
    const gap = /\s/u.test(raw)
      ? LIST_SIGNS.has(raw.trim())
        ? `${raw.trim()} `.replace(/^&/u, ' &')
        : ' '
      : JOINING.test(raw)
        ? ' '
        : raw;
    text += (gap.trim() === '' ? ' ' : gap) + words[k]!.raw;
  }
  return text.replace(/\s+/gu, ' ').trim();
}

/** Words before "plain language" that make it what is asked about, not how to answer. */
const PLAIN_ABOUT = new Set([
  'on',
  'about',
  'regarding',
  'around',
  're',
  'of',
  'into',
  'for',
  'with',
  'writing',
  'write',
  'written',
  'wrote',
  'communicating',
  'communication',
  'communicate',
  'speaking',
  'using',
  'use',
  'drafting',
  'adopting',
  'adopted',
]);

/** "plain language" (or English) after a word saying it is the subject: "tips on plain language". */
function plainWordsAsked(words: readonly Word[], span: PhraseSpan): boolean {
  const phrase = words.slice(span.first, span.last + 1).map((w) => w.folded);
  const plain = phrase.join(' ').replace(/^in /u, '');
  if (plain !== 'plain language' && plain !== 'plain english') return false;
  if (PLAIN_ABOUT.has(words[span.first - 1]?.folded ?? '')) return true;
  // "plain language in government letters": a thing found somewhere, where the question opens.
  return (
    span.first === 0 && PLAIN_WHERE.has(words[span.last + 1]?.folded ?? '') && span.last + 2 < words.length
  );
}

const PLAIN_WHERE = new Set(['in', 'for', 'across', 'at', 'within', 'by']);
