import type { Intent } from '../intents/intent.js';

/**
 * "the most impressive project", "coolest cases from Asia", "best example of open data": no case
 * records how impressive or cool it is, so the answer says how the superlative was read (the best
 * matches of a subject, else the newest) and offers the other likely reading: newest first for a
 * subject, one at random for a list.
 */
export function readingOfUnmeasured(
  phrase: string,
  intent: Intent,
): { note: string; alternative: { label: string; intent: Intent } } | undefined {
  if (intent.type !== 'search') return undefined;
  const said = `I have no measure of “${phrase}”`;
  if (intent.sort === 'relevance' && intent.query !== '')
    return {
      note: `${said}: I read it as the cases that match best. Newest first is a button below.`,
      alternative: { label: 'Newest first', intent: { ...intent, sort: 'newest', page: 1 } },
    };
  if (intent.sort !== 'newest') return undefined;
  const { type: _type, sort: _sort, page: _page, ...rest } = intent;
  return {
    note: `${said}: I read it as the newest. One at random is a button below.`,
    alternative: { label: 'One at random', intent: { ...rest, type: 'random', query: intent.query } },
  };
}
