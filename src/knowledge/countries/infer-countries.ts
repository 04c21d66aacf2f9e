import { findContextMentions } from './admin-context.js';
import { isCommonWord } from './common-words.js';
import { placeTable } from './place-table.js';
import { type Mention, scanMentions } from './scan-mentions.js';
import { isCapitalized, type Token, tokenize } from './tokenize.js';

// "in Chad", "from Jordan", "across Turkey"; "of" only after a lower-case word ("government of
// Chad"), since "University of Georgia" is in the US.
const PLACE_PREPOSITIONS = new Set([
  'in',
  'from',
  'across',
  'throughout',
  'within',
  'into',
  'to',
  'for',
  'at',
]);
// "Chad's government", "Jordan's ministry of health"
const STATE_NOUNS = new Set([
  'government',
  'ministry',
  'ministries',
  'parliament',
  'president',
  'prime',
  'capital',
  'national',
  'public',
  'civil',
  'economy',
  'population',
  'citizens',
  'people',
  'regions',
  'cities',
  'municipalities',
  'largest',
  'first',
  'official',
]);
const LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|&)\s+)$/i;

/**
 * Countries a case's text is about, for enrichment: precision first. Unique ISO 3166-1 alpha-2
 * codes in order of first appearance; [] when nothing names a place.
 *
 * Counted: country names and the data's alternative spellings and demonyms written with a capital
 * ("Korea", "Türkiye", "French people"), the abbreviations US/U.S./USA/UK/UAE/DPRK/DRC written
 * exactly so, and capitals, large cities and first-level regions that point to one country
 * ("Bogotá", "Kerala", "New South Wales"). The longest name wins ("New Mexico", "Papua New Guinea").
 *
 * Not counted: names shared by several countries ("Congo", "Victoria", "Cambridge"), regions of
 * the world ("Western Balkans", "Latin American"), everyday words ("Nice", "Mobile"), words inside
 * words, and a place right after another proper name ("Michael Jordan", "Steve Austin").
 *
 * A country name that is also a word or a personal name (Chad, Jordan, Georgia, Turkey, Guinea,
 * Niger, Jersey, Wales) counts only with context: a place preposition before it ("in Chad"), a
 * possessive of state ("Chad's government"), a list of countries around it ("Chad, Niger and
 * Mali") or the same country named another way ("Tbilisi, Georgia"). When it is also a place in a
 * country the text names ("Atlanta, Georgia"), it is that place.
 */
export function inferCountries(text: string): string[] {
  const tokens = tokenize(text);
  const scanned = scanMentions(text, tokens, 'prose');
  const found = scanned.filter(
    (m) =>
      m.code !== undefined &&
      !followsProperName(text, tokens, m) &&
      !isPrefixed(text, tokens, m) &&
      !namesAnAgreement(tokens, m),
  );
  // A name the text calls a municipality or region ("Barcelona City Council") is decided by
  // that context, which also settles names that are ambiguous or need context on their own.
  const inContext = findContextMentions(text, tokens).filter(
    (c) => !found.some((m) => overlaps(m, c) && !m.needsContext),
  );
  const mentions = [...found.filter((m) => !inContext.some((c) => overlaps(m, c))), ...inContext];
  const accepted = new Map<Mention, string>();
  for (const mention of mentions) if (!mention.needsContext) accepted.set(mention, mention.code!);
  // Each pass may confirm a name listed next to one confirmed in the previous pass.
  for (let pass = 0; pass < 3; pass += 1) {
    const codes = new Set(accepted.values());
    for (const mention of mentions) {
      if (accepted.has(mention)) continue;
      const context = contextOf(text, tokens, mention, mentions, accepted);
      const shadow = placeTable().shadows.get(mention.key);
      // "The state of Georgia", or "Atlanta, Georgia" in a text that names the US, is the state;
      // "Niger and Nigeria" lists two countries.
      const isShadow =
        (shadow && context === 'state of') ||
        (shadow && codes.has(shadow) && !codes.has(mention.code!) && context !== 'country list');
      if (isShadow) accepted.set(mention, shadow);
      else if (codes.has(mention.code!) || context) accepted.set(mention, mention.code!);
    }
  }
  const ordered = [...accepted].sort(([a], [b]) => a.first - b.first).map(([, code]) => code);
  return [...new Set(ordered)];
}

function overlaps(a: Mention, b: Mention): boolean {
  return a.first <= b.last && b.first <= a.last;
}

// "the Paris Agreement", "the Kyoto Protocol", "the Sendai Framework": a city naming an
// international instrument is not where a case happens.
const AGREEMENT_NOUNS = new Set([
  'agreement',
  'accord',
  'accords',
  'protocol',
  'convention',
  'declaration',
  'charter',
  'consensus',
  'principles',
  'treaty',
  'framework',
  'process',
  'call',
  'compact',
  'agenda',
  'partnership',
  'commitments',
  'club',
]);

function namesAnAgreement(tokens: readonly Token[], mention: Mention): boolean {
  const next = tokens[mention.last + 1];
  return (
    (mention.kind === 'city' || mention.kind === 'region') &&
    next !== undefined &&
    isCapitalized(next.raw) &&
    AGREEMENT_NOUNS.has(next.folded)
  );
}

function adjacentGap(text: string, left: Token | undefined, right: Token | undefined): string | undefined {
  return left && right ? text.slice(left.end, right.start) : undefined;
}

/** "Michael Jordan", "Steve Austin": a capitalised non-word right before the name. */
function followsProperName(text: string, tokens: readonly Token[], mention: Mention): boolean {
  if (mention.kind !== 'city' && mention.kind !== 'region' && !mention.needsContext) return false;
  const previous = tokens[mention.first - 1];
  const gap = adjacentGap(text, previous, tokens[mention.first]);
  return (
    previous !== undefined &&
    gap !== undefined &&
    /^ +$/.test(gap) &&
    isCapitalized(previous.raw) &&
    !isCommonWord(previous.folded)
  );
}

/** "Inter-American", "Afro-Colombian": a demonym glued to a prefix is not about the country. */
function isPrefixed(text: string, tokens: readonly Token[], mention: Mention): boolean {
  const start = tokens[mention.first]!.start;
  return mention.kind === 'demonym' && /[\p{L}][-‐]$/u.test(text.slice(Math.max(0, start - 2), start));
}

type Context = 'preposition' | 'state of' | 'possessive' | 'country list' | 'place list';

function contextOf(
  text: string,
  tokens: readonly Token[],
  mention: Mention,
  mentions: readonly Mention[],
  accepted: ReadonlyMap<Mention, string>,
): Context | undefined {
  const name = tokens[mention.first]!;
  const before = tokens[mention.first - 1];
  const beforeGap = adjacentGap(text, before, name);
  if (before && beforeGap !== undefined && /^\s+$/.test(beforeGap)) {
    if (PLACE_PREPOSITIONS.has(before.raw.toLowerCase())) return 'preposition';
    const beforeOf = tokens[mention.first - 2];
    if (before.raw === 'of' && beforeOf?.raw === 'state') return 'state of';
    if (before.raw === 'of' && beforeOf && !isCapitalized(beforeOf.raw)) return 'preposition';
  }
  const [s, noun] = [tokens[mention.last + 1], tokens[mention.last + 2]];
  const apostrophe = adjacentGap(text, tokens[mention.last], s);
  if (s?.folded === 's' && apostrophe && /^['’]$/.test(apostrophe) && noun && STATE_NOUNS.has(noun.folded)) {
    return 'possessive';
  }
  const neighbour = mentions.find((other) => {
    if (!accepted.has(other) || other === mention) return false;
    const [left, right] = other.first < mention.first ? [other, mention] : [mention, other];
    const gap = adjacentGap(text, tokens[left.last], tokens[right.first]);
    return right.first - left.last <= 2 && gap !== undefined && LIST_GAP.test(gap);
  });
  if (!neighbour) return undefined;
  return neighbour.kind === 'city' || neighbour.kind === 'region' ? 'place list' : 'country list';
}
