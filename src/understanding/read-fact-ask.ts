import type { Facet } from '../intents/intent.js';

/**
 * A fact of the cases shown that a question asks about: a facet the core counts (where they are
 * from, when they started, at what level, about what), or one it does not (who ran them, their
 * link), answered case by case.
 */
export type CaseFact = Extract<Facet, 'country' | 'year' | 'level' | 'topic'> | 'organisation' | 'link';

/** Words that point at the cases shown, all of them: "these", "them", "the cases", "each one". */
const LIST_POINTERS = new Set(['these', 'those', 'they', 'them', 'ones', 'each', 'all']);
/** What the cases shown may be called after a pointer: "these projects", "the ones shown". */
const CASE_NOUNS = new Set([
  'case',
  'cases',
  'one',
  'ones',
  'project',
  'projects',
  'initiative',
  'initiatives',
  'example',
  'examples',
  'programme',
  'programmes',
  'program',
  'programs',
  'result',
  'results',
  'innovation',
  'innovations',
  'shown',
  'above',
  'listed',
  'here',
  'there',
]);
/** The frame of a question, whatever it asks: question words, auxiliaries, small words, politeness. */
const FRAME = new Set([
  'who',
  'whom',
  'what',
  'which',
  'where',
  'when',
  'how',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'do',
  'does',
  'did',
  'have',
  'has',
  'had',
  'got',
  'the',
  'a',
  'an',
  'of',
  'in',
  'at',
  'on',
  'for',
  'by',
  'from',
  'to',
  'with',
  'and',
  'or',
  'any',
  'each',
  'all',
  'every',
  'their',
  'its',
  'so',
  'ok',
  'okay',
  'and',
  'but',
  'hey',
  'just',
  'please',
  'pls',
  'exactly',
  'again',
  'then',
  'actually',
  'btw',
  'also',
  'roughly',
  'mostly',
  'generally',
  'curious',
  'quick',
  'question',
  'q',
  'can',
  'could',
  'you',
  'u',
  'tell',
  'me',
  'say',
  'show',
  'list',
  'give',
  'i',
  'know',
  'wondering',
  'want',
  'to',
]);

/** Who did a case: the people or bodies a question asks for. */
const ORGANISATION_NOUNS = new Set([
  'organisation',
  'organisations',
  'organization',
  'organizations',
  'org',
  'orgs',
  'agency',
  'agencies',
  'institution',
  'institutions',
  'body',
  'bodies',
  'department',
  'departments',
  'ministry',
  'ministries',
  'authority',
  'authorities',
  'government',
  'governments',
  'team',
  'teams',
  'owner',
  'owners',
  'entity',
  'entities',
  'implementer',
  'implementers',
  'people',
]);
/** What doing a case is said with: "who ran them", "which agencies are behind these". */
const DOING = new Set([
  'ran',
  'run',
  'runs',
  'running',
  'led',
  'lead',
  'leads',
  'leading',
  'made',
  'make',
  'makes',
  'built',
  'build',
  'launched',
  'launch',
  'started',
  'start',
  'created',
  'create',
  'implemented',
  'implement',
  'organised',
  'organized',
  'delivered',
  'deliver',
  'developed',
  'develop',
  'designed',
  'owns',
  'own',
  'owned',
  'behind',
  'responsible',
  'charge',
  'doing',
  'did',
  'does',
  'do',
  'come',
  'comes',
  'came',
  'involved',
  'name',
  'names',
]);
const LINK_NOUNS = new Set([
  'link',
  'links',
  'url',
  'urls',
  'website',
  'websites',
  'site',
  'sites',
  'webpage',
  'webpages',
  'page',
  'pages',
  'web',
  'source',
  'sources',
]);
/** Where a case is: "where are these from", "which cities or countries are these in". */
const PLACE_NOUNS = new Set([
  'country',
  'countries',
  'city',
  'cities',
  'place',
  'places',
  'location',
  'locations',
  'nation',
  'nations',
]);
const WHERE_VERBS = new Set([
  'based',
  'located',
  'come',
  'comes',
  'came',
  'happen',
  'happened',
  'happening',
  'take',
  'took',
  'taking',
  'place',
  'run',
  'ran',
]);
const COME = new Set(['come', 'comes', 'came']);
/** When a case started: "when did they start", "what year were these launched". */
const WHEN_WORDS = new Set([
  'year',
  'years',
  'date',
  'dates',
  'start',
  'started',
  'starting',
  'begin',
  'began',
  'begun',
  'launch',
  'launched',
  'happen',
  'happened',
  'take',
  'took',
  'place',
  'introduced',
  'set',
  'up',
  'kick',
  'kicked',
  'off',
  'run',
  'ran',
  'done',
  'made',
  'created',
  'implemented',
  'old',
  'recent',
  'dated',
]);
const LEVEL_WORDS = new Set(['level', 'levels', 'tier', 'tiers', 'scale', 'government', 'governments']);
/** Levels named as a choice: "are these local or national?". */
const LEVEL_NAMES = new Set([
  'local',
  'regional',
  'national',
  'international',
  'municipal',
  'federal',
  'city',
  'state',
  'central',
  'global',
]);
const TOPIC_WORDS = new Set([
  'about',
  'cover',
  'covers',
  'covering',
  'topic',
  'topics',
  'theme',
  'themes',
  'subject',
  'subjects',
  'area',
  'areas',
  'field',
  'fields',
  'deal',
  'focus',
  'tackle',
  'address',
  'kind',
  'kinds',
  'type',
  'types',
  'sort',
  'sorts',
]);

/** The message as words: lower case, apostrophes' short forms spelt out, punctuation gone. */
function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘`]/gu, "'")
    .replace(/\b(\w+)'s\b/gu, '$1 is')
    .replace(/\b(\w+)'re\b/gu, '$1 are')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/u)
    .filter(Boolean);
}

/**
 * The fact of the cases shown a question asks about ("who ran them?", "where are these from?",
 * "when did they start", "what level of government are these", "which ones have a link?"), when
 * it points at them all and names nothing else: a case of its own ("who ran it?", "the Bogotá
 * one") or a subject ("who ran the health ones") is another question. "which of these are local"
 * names a level, so it narrows the list instead.
 */
export function readFactAsk(text: string): CaseFact | undefined {
  if (text.length > 200) return undefined;
  const words = wordsOf(text);
  const has = (set: ReadonlySet<string>) => words.some((w) => set.has(w));
  const pointer = words.findIndex(
    (w, i) => LIST_POINTERS.has(w) && (w !== 'ones' || words[i - 1] === 'which' || words[i - 1] === 'the'),
  );
  const theCases = words.findIndex((w, i) => w === 'the' && CASE_NOUNS.has(words[i + 1] ?? ''));
  if (pointer < 0 && theCases < 0) return undefined;
  const fact = factAsked(words, has);
  if (!fact) return undefined;
  // "where do these cases come from?" asks where the collection was taken from; "which countries
  // do they come from" asks the cases'.
  if (fact === 'country' && !has(PLACE_NOUNS) && words.some((w) => COME.has(w))) return undefined;
  const allowed = new Set([...FRAME, ...LIST_POINTERS, ...CASE_NOUNS, ...FACT_WORDS[fact]]);
  return words.every((w) => allowed.has(w)) ? fact : undefined;
}

const FACT_WORDS: Record<CaseFact, ReadonlySet<string>> = {
  organisation: new Set([...ORGANISATION_NOUNS, ...DOING]),
  link: new Set([...LINK_NOUNS, 'more', 'info', 'information', 'read', 'see', 'get', 'find', 'them']),
  country: new Set([...PLACE_NOUNS, ...WHERE_VERBS, 'part', 'parts', 'world']),
  year: new Set(WHEN_WORDS),
  level: new Set([...LEVEL_WORDS, ...LEVEL_NAMES]),
  topic: new Set(TOPIC_WORDS),
};

function factAsked(
  words: readonly string[],
  has: (set: ReadonlySet<string>) => boolean,
): CaseFact | undefined {
  const first = words.find(
    (w) => !['so', 'ok', 'okay', 'and', 'but', 'hey', 'quick', 'q', 'question'].includes(w),
  );
  if (has(LINK_NOUNS)) return 'link';
  // "what level of government are these", "are these local or national?": a choice of levels.
  const levels = words.filter((w) => LEVEL_NAMES.has(w)).length;
  if (words.some((w) => w === 'level' || w === 'levels' || w === 'tier' || w === 'tiers')) return 'level';
  // Asked as a yes or no ("are these local or national?"): "which ones are local or regional" narrows.
  if (levels >= 2 && words.includes('or') && ['are', 'were', 'is'].includes(first ?? '')) return 'level';
  if (words.includes('who') || has(ORGANISATION_NOUNS)) {
    if (has(DOING) || words.includes('who')) return 'organisation';
  }
  if (first === 'where' || has(PLACE_NOUNS)) return 'country';
  if (first === 'when' || words.includes('year') || words.includes('years') || words.includes('old'))
    return 'year';
  // "what are they about?", "what do these cover": not "what about these?", which moves on.
  if (words.includes('what') && has(TOPIC_WORDS) && !(words[0] === 'what' && words[1] === 'about'))
    return 'topic';
  return undefined;
}
