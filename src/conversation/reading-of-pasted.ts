import type { Intent } from '../intents/intent.js';
import type { Understanding } from '../understanding/understanding.js';

/**
 * How a pasted link was read: casebot never opens a link, so it says so, and which of the link's
 * own words it went by; a link whose words say nothing gets asked for its title instead.
 */
export function readingOfPasted(
  pasted: NonNullable<Understanding['pasted']>,
  intent: Intent,
): string | undefined {
  if (pasted.from !== 'link') return undefined;
  const site = pasted.site ? ` (${pasted.site})` : '';
  if (pasted.text === '')
    return `I can't open links, and this one${site} does not say what it is about: paste its title or a few of its lines and I'll find cases like it.`;
  if (intent.type !== 'similar' || intent.text === undefined) return undefined;
  return `I can't open links, so I went by what this one${site} says of itself: “${intent.text}”.`;
}
