import type { BotDeps } from '../intents/bot-deps.js';
import type { Intent } from '../intents/intent.js';
import { tagsFor } from '../knowledge/taxonomy.js';
import { looksLikeId } from '../understanding/parse-message.js';
import { caseNamedIn } from './case-named-in.js';

/** Words that set one subject against another, and the signs that end a part of a question. */
const BETWEEN =
  /\s*(?:\bvs\b\.?|\bversus\b|\bcompared\b(?:\s+(?:to|with)\b)?|\bcompare[sd]?\s+(?:to|with)\b|\bagainst\b|\bdiffers?\s+from\b|\bstacks?\s+up\s+against\b|\band\b|\bor\b|[,:;?!—–]|\s-\s)\s*/iu;
/** A part that asks rather than names ("which has more", "which do we cover better"). */
const ASKING = /^(?:which|what|who|where|whichever)\b/iu;
/** Words of asking before a subject: "is there more on", "how does", "compare". */
const LEAD =
  /^(?:(?:how|is|are|do|does|did|we|you|i|there|have|has|had|any|more|fewer|less|on|about|of|in|compare|comparing|comparison|contrast|between|the|a|difference|differences|cases?|so|and|then|hmm|ok)\s+)+/iu;

/** A case pointed at by what it is: "the Ghent one", "that Korean one". */
const POINTED = /^(?:the|that|this)\s+.+\s+one$/iu;

/** Past this many characters or parts, a message sets no subjects against each other. */
const MAX_LENGTH = 160;
const MAX_PARTS = 8;

/** The most subjects set side by side; more are no comparison people read at a glance. */
const MOST_SIDES = 3;

/**
 * "health vs open data", "compare health and education", "which is more common, participation or
 * open data?": two or three subjects named against each other, each as it would be read on its
 * own — a topic by its label, other words as searched. Undefined when a part names a case (by
 * title or id: a comparison of cases), when two parts read the same, or when more than three
 * name subjects. A part that is only a place, years or a level is the message's filter, no side;
 * the caller decides what fewer than two sides mean.
 */
export function subjectSides(
  text: string,
  read: (command: string) => Intent,
  deps: BotDeps | undefined,
): string[] | undefined {
  // Subjects set against each other are named in a short question; each part is read on its own.
  if (text.length > MAX_LENGTH) return undefined;
  const split = text.split(BETWEEN).map((part) => part.trim());
  if (split.length > MAX_PARTS) return undefined;
  // "the Ghent one", "that Korean one": a case described, so the comparison is of cases.
  if (split.some((part) => POINTED.test(part))) return undefined;
  const parts = split
    .map((part) => part.replace(LEAD, '').trim())
    .filter((part) => part !== '' && !ASKING.test(part));
  const sides: string[] = [];
  for (const part of parts) {
    // Each part is read alone, so a part must be shorter than the message it came from.
    if (part.length >= text.trim().length) return undefined;
    if (looksLikeId(part.toLowerCase()) || (deps && namesACase(part, deps))) return undefined;
    const side = sideOf(read(part));
    if (side === undefined) continue;
    if (sides.includes(side)) return undefined;
    sides.push(side);
  }
  return sides.length <= MOST_SIDES ? sides : undefined;
}

/**
 * Whether a part names a case by its title ("AI Friends", "BIFIDEX"); one word a topic is found by
 * ("co-creation") is the subject, though a title holds it.
 */
function namesACase(part: string, deps: BotDeps): boolean {
  if (caseNamedIn(part, deps) === undefined) return false;
  return part.trim().split(/\s+/u).length > 1 || tagsFor(part).length === 0;
}

/** What a part names as read alone: its topic, or the words it searches; none for a filter alone. */
function sideOf(intent: Intent): string | undefined {
  if (intent.type !== 'search' && intent.type !== 'count') return undefined;
  if (intent.query !== '') return intent.filters.topic ? undefined : intent.query;
  return intent.filters.topic;
}
