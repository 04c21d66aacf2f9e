import type { BotDeps } from '../intents/bot-deps.js';
import type { Intent } from '../intents/intent.js';
import { getCountry } from '../knowledge/countries/index.js';
import { getRegion } from '../knowledge/regions/build-regions.js';

const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/**
 * "which countries are in the global south", "is Chile high income?": who belongs to the group,
 * said from its definition (how many countries, where the list comes from), with how many of them
 * have cases; of a country asked about, whether it is one. The group's cases are a button.
 */
export function readingOfMembership(
  membership: { region: string; countries?: readonly string[] },
  deps: Pick<BotDeps, 'countries'>,
): { note: string; alternatives: { label: string; intent: Intent }[] } | undefined {
  const region = getRegion(membership.region);
  if (!region) return undefined;
  const label = region.label;
  const from = `Source: ${region.source ?? 'the regions of the world-countries data.'}`;
  const list: Intent = { type: 'search', query: '', filters: { region: region.id }, sort: 'newest', page: 1 };
  const alternatives = [{ label: `Cases from ${label.replace(/^the /u, '')}`, intent: list }];
  if (membership.countries && membership.countries.length > 0) {
    // "among the high-income countries", "in the G7", "in Asia".
    const group = /(?:countries|states|economies)$/u.test(label)
      ? `among the ${label.replace(/^the /u, '')}`
      : `in ${label}`;
    const said = membership.countries.map((code) => {
      const name = getCountry(code)?.name ?? code;
      return region.codes.has(code) ? `Yes: ${name} is ${group}.` : `No: ${name} is not ${group}.`;
    });
    return { note: `${said.join(' ')} ${from}`, alternatives };
  }
  const withCases = deps.countries.filter((c) => region.codes.has(c.code)).length;
  return {
    note: `${capitalised(label)}: ${region.codes.size} countries, ${withCases} of them with cases here, counted below. ${from}`,
    alternatives,
  };
}
