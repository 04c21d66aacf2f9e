import { caseCount } from '../intents/describe-request.js';
import type { Filters, Intent } from '../intents/intent.js';
import type { ReplyAction, ReplyContent } from '../replies/reply.js';
import type { Understanding } from '../understanding/understanding.js';
import { withCountry } from './refine-intent.js';

/** Words that only join a second question to the first ("also", "and", "btw"): no words of it. */
const JOINERS =
  /^(?:(?:and|also|plus|btw|oh|ps|p\.s\.|separately|another thing|one more thing|and also)[\s,:;-]+)+/iu;

/**
 * A message of one line that asks a question and then another after its question mark ("what do
 * you have on open data? also anything from Finland?"): the two, the second without the word
 * that joins it. A message with one question mark at its end, or none, is one question.
 */
export function splitQuestions(text: string): [string, string] | undefined {
  if (text.includes('\n')) return splitQuestionLines(text);
  const mark = text.indexOf('?');
  if (mark < 0) return undefined;
  const first = text.slice(0, mark + 1).trim();
  const second = text
    .slice(mark + 1)
    .trim()
    .replace(JOINERS, '');
  // Each a whole question: the second asked too, not a remark to someone after the first.
  if (!/\p{L}{2}/u.test(second) || !/\p{L}{2}/u.test(first) || !/\?[?!\s]*$/u.test(second)) return undefined;
  return [first, second];
}

/** At most this many words on a line beside two questions: a greeting, thanks, a name. */
const ASIDE_WORDS = 3;

/**
 * Two questions on lines of their own ("what do you have on open data?" and, below it, "also
 * anything from Finland?"), with at most a greeting, thanks or a name on the other lines: the two.
 */
function splitQuestionLines(text: string): [string, string] | undefined {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /\p{L}/u.test(line));
  const questions = lines.filter((line) => /\?[?!\s]*$/u.test(line));
  if (questions.length !== 2) return undefined;
  const asides = lines.filter((line) => !questions.includes(line));
  if (asides.some((line) => line.split(/\s+/u).length > ASIDE_WORDS)) return undefined;
  const [first, second] = questions as [string, string];
  const joined = second.replace(JOINERS, '');
  return /\p{L}{2}/u.test(joined) ? [first, joined] : undefined;
}

/** Words that say someone asked, wants to know or brought it up: who asks, not what. */
const ASKED =
  /\b(?:ask(?:s|ed|ing)?|wants? to know|wanted to know|(?:was|is|were) wondering|mentioned|brought (?:it|this) up)\b/iu;

/**
 * A question followed by a remark on who asks it ("anything on procurement reform? Maria from
 * finance wants to know", "same for New Zealand? Jen asked"): the question alone, and the remark
 * left out; nothing when the message has no such remark.
 */
export function withoutWhoAsked(text: string): { question: string; remark: string } | undefined {
  if (text.includes('\n')) return undefined;
  const mark = text.lastIndexOf('?');
  if (mark < 0) return undefined;
  const remark = text.slice(mark + 1).trim();
  if (!ASKED.test(remark) || !/\p{L}{2}/u.test(text.slice(0, mark))) return undefined;
  return { question: text.slice(0, mark + 1).trim(), remark: remark.replace(/[.!\s]+$/u, '') };
}

/** Words that ask for something on their own ("anything from Finland?"), beside only filters. */
const ASKING =
  /^(?:\p{L}+\s+){0,2}?(?:anything|anyone|any|something|what|what's|which|how|show|list|give|find|do|does|is|are|can|could|got|have|tell)\b/iu;

/**
 * The second part asks something whole on its own: a count, cases like something, or cases with a
 * subject or a place, not only a filter that narrows the first ("AI cases? from Korea?").
 */
export function asksOnItsOwn(u: Understanding, text: string): boolean {
  if (u.corrects) return false;
  // "and per year?", "from Korea?": a part of the first question, with no words of asking.
  if (u.subject === '' && !ASKING.test(text)) return false;
  if (u.kind === 'count' || u.kind === 'similar') return true;
  if (u.kind !== 'search' && u.kind !== 'random') return false;
  return u.subject !== '' || Object.keys(u.filters).length > 0 || u.sort !== undefined;
}

/** An intent that asks for cases and names what: the first of two questions answered. */
export function asksForCases(intent: Intent): boolean {
  switch (intent.type) {
    case 'count':
      return true;
    case 'search':
    case 'random':
      return intent.query !== '' || Object.keys(intent.filters).length > 0;
    case 'similar':
      return true;
    default:
      return false;
  }
}

/**
 * The first answer with the second question offered: said so before it, and a button carrying
 * the second's command, labelled with how it was read and how many cases it has.
 */
export function withSecondQuestion(first: ReplyContent, second: ReplyContent, command: string): ReplyContent {
  const counted = second.type === 'results';
  const label = counted ? `${second.heading} (${caseCount(second.total)})` : second.heading;
  const said = `You asked two things: here is the first; the second, “${label}”, is a button below.`;
  const notice = [said, first.notice].filter(Boolean).join(' ');
  const action: ReplyAction = { type: 'alternative', label, command };
  return { ...first, notice, actions: [...first.actions, action] };
}

/**
 * "and is there something similar in Spain?" after a search: the first question's subject in the
 * places the second names, not cases like the first one shown.
 */
export function likeTheFirst(u: Understanding, first: Intent): Intent | undefined {
  if (u.kind !== 'similar' || u.refs.length > 0 || u.subject !== '' || first.type !== 'search')
    return undefined;
  if (first.query === '' && first.filters.topic === undefined) return undefined;
  const { countries: _c, region: _r, ...kept } = first.filters;
  const filters: Filters = { ...kept, ...u.filters };
  return withCountry({ type: 'search', query: first.query, filters, sort: 'relevance', page: 1 });
}
