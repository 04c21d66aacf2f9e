import type { RelationFacet, UnrecordedRelation, YearRelation } from './understanding.js';

/** A relation to a case as the words say it, before the case is looked up. */
export interface RelationWords {
  facets: RelationFacet[];
  years?: YearRelation;
  unrecorded?: UnrecordedRelation;
  /** "What else did Serbia do": the case in focus is left out of the cases the rest asks for. */
  other?: true;
  /** The words naming the case ("AI Friends", "the first one"), '' for the case just shown. */
  caseText: string;
  /** The message without the relation and the case's words: its own filters still hold. */
  rest: string;
}

/** The words of each fact of a case a relation can share, as they are asked for. */
const FACET_WORDS: readonly [RelationFacet | UnrecordedRelation, string][] = [
  ['country', 'countr(?:y|ies)|nations?|place|part of the world|location'],
  ['year', 'years?|time|period|era'],
  ['level', 'level(?:\\s+of\\s+gov(?:ernment|t)?)?|tier(?:\\s+of\\s+gov(?:ernment|t)?)?|kind of government'],
  ['topic', 'topics?|themes?|subjects?|fields?|sectors?|tags?|categor(?:y|ies)'],
  [
    'organisation',
    'organi[sz]ations?|orgs?|agenc(?:y|ies)|ministr(?:y|ies)|department|dept|institution|body|outfit',
  ],
  ['team', 'team|people|folks|crew|lab'],
  ['city', 'city|town|municipality|council|mayor'],
  ['funder', 'funders?|donors?|sponsors?'],
];

const FACET = FACET_WORDS.map(([, w]) => w).join('|');

/** The case after "as", "than", "like": up to the end, a mark, or words that start a filter. */
const CASE = String.raw`((?:[^\s,.;!?]+)(?:\s+(?!(?:in|from|at|since|during|with|about|on|pls|plz|please|thanks|thx|ty|too|also|then|and|or|but)\b)[^\s,.;!?]+)*)`;

/** "the same country as X", "same year and level as the first", "the same topics". */
const SAME = new RegExp(
  String.raw`\b(?:the\s+)?same\s+((?:${FACET})(?:\s*(?:,|/|&|\+|and|or)\s*(?:the\s+)?(?:same\s+)?(?:${FACET}))*)(?:\s+(?:as|like|that|than)\s+${CASE})?`,
  'iu',
);

/** "from that city", "in that country", "from its year": the case just shown. */
const THAT = new RegExp(String.raw`\b(?:from|in|at|of|by)\s+(?:that|this|its|their)\s+(${FACET})\b`, 'iu');

/** "from around then", "around the same time as X". */
const AROUND = new RegExp(
  String.raw`\b(?:from\s+)?(?:around|about|roughly)\s+(?:then|that\s+time|the\s+same\s+time(?:\s+as\s+${CASE})?)`,
  'iu',
);

/** "earlier than it", "before My France 2022", "newer than that one". */
const SIDE = new RegExp(
  String.raw`\b(earlier|older|before|prior\s+to|newer|later|more\s+recent|after)\s+(?:than\s+)?${CASE}`,
  'iu',
);

/** "what else did Serbia do", "anything else from Korea": the case in focus is not asked for again. */
const ELSE =
  /\bwhat\s+else\s+(?:did|has|have|does|do|is|are|was|were)\b|\b(?:anything|any|something)\s+else\s+(?:from|in|by)\b/iu;

/** Words that are a year or a time, not a case: "before 2020", "after covid" are no relation. */
const NOT_A_CASE =
  /^(?:that|then|this|now|today|\d{2,4}s?|'\d\d|last|next|the\s+(?:pandemic|war|crisis)|covid\b.*)$/iu;

function facetsOf(words: string): (RelationFacet | UnrecordedRelation)[] {
  const found: (RelationFacet | UnrecordedRelation)[] = [];
  for (const [facet, pattern] of FACET_WORDS)
    if (new RegExp(String.raw`\b(?:${pattern})\b`, 'iu').test(words) && !found.includes(facet))
      found.push(facet);
  return found;
}

function split(found: (RelationFacet | UnrecordedRelation)[]): Pick<RelationWords, 'facets' | 'unrecorded'> {
  const facets = found.filter((f): f is RelationFacet => ['country', 'year', 'level', 'topic'].includes(f));
  const unrecorded = found.find((f): f is UnrecordedRelation => !facets.includes(f as RelationFacet));
  return { facets, ...(unrecorded ? { unrecorded } : {}) };
}

function without(text: string, match: RegExpExecArray): string {
  return `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * The relation to a case a message asks about, if any: cases sharing its country, year, level or
 * topics, or from around its year, before or after it. Only the words of asking are read here;
 * the case named is looked up when the message is resolved, and a name that is no case leaves
 * the message read as it was ("before covid" stays a time).
 */
export function readRelation(text: string): RelationWords | undefined {
  const same = SAME.exec(text);
  if (same) {
    const found = facetsOf(same[1]!);
    const parts = split(found);
    const aroundWords = /\btime|period|era\b/iu.test(same[1]!);
    if (parts.facets.length > 0 || parts.unrecorded)
      return {
        ...parts,
        ...(parts.facets.includes('year') ? { years: aroundWords ? 'around' : 'same' } : {}),
        caseText: (same[2] ?? '').trim(),
        rest: without(text, same),
      };
  }
  const around = AROUND.exec(text);
  if (around)
    return {
      facets: ['year'],
      years: 'around',
      caseText: (around[1] ?? '').trim(),
      rest: without(text, around),
    };
  const that = THAT.exec(text);
  if (that) {
    const parts = split(facetsOf(that[1]!));
    return {
      ...parts,
      ...(parts.facets.includes('year') ? { years: 'same' } : {}),
      caseText: '',
      rest: without(text, that),
    };
  }
  const side = SIDE.exec(text);
  if (side && !NOT_A_CASE.test(side[2]!.trim())) {
    const word = side[1]!.toLowerCase();
    const years: YearRelation = /^(?:earlier|older|before|prior)/u.test(word) ? 'before' : 'after';
    return { facets: ['year'], years, caseText: side[2]!.trim(), rest: without(text, side) };
  }
  if (ELSE.test(text)) return { facets: [], other: true, caseText: '', rest: text };
  return undefined;
}

/** `besides k3x9a2, …`: cases left out by id, as `formatCommand` writes them. */
const BESIDES = /\bbesides\s+((?:[a-z0-9]{6,12})(?:\s*,\s*[a-z0-9]{6,12}(?![a-z0-9]))*)\s*,?/iu;

/** The ids after "besides" and the message without them, when every word there is shaped like an id. */
export function readBesides(
  text: string,
  looksLikeId: (word: string) => boolean,
): { ids: string[]; rest: string } | undefined {
  const match = BESIDES.exec(text);
  if (!match) return undefined;
  const ids = match[1]!.split(/\s*,\s*/u).map((w) => w.toLowerCase());
  if (!ids.every(looksLikeId)) return undefined;
  return { ids, rest: without(text, match) };
}
