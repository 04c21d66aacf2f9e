import type { Intent } from '../intents/intent.js';
import type { StateCode } from '../understanding/understanding.js';
import { countryName, isFiltered, type PlaceReading, withPlaceReading } from './place-reading.js';

/**
 * Says how a state's code was read, and offers the other readings: "CA" read as Canada is also
 * California (searched by name, as casebot files cases by country); "NY", no country's code, is
 * searched as “New York”, the cases from the United States a button.
 */
export function readingOfState(
  state: StateCode,
  intent: Intent,
): { note: string; alternatives: PlaceReading[] } | undefined {
  if (!isFiltered(intent)) return undefined;
  const [first, ...others] = state.states;
  if (!first) return undefined;
  const { countries: _countries, ...placeless } = intent.filters;
  if (state.country !== undefined) {
    const names = state.states.map((s) => `${s.name} (${countryName(s.country)})`);
    return {
      note: `Reading ${state.typed} as ${countryName(state.country)}; it is also ${names.join(' or ')}, a button below.`,
      alternatives: state.states.map((s) => ({
        label: `${s.name} (${countryName(s.country)})`,
        intent: withPlaceReading(intent, placeless, [intent.query, s.name].filter(Boolean).join(' ')),
      })),
    };
  }
  const rest = intent.query.replace(first.name, ' ').replace(/\s+/gu, ' ').trim();
  const countries = [...new Set(state.states.map((s) => s.country))];
  return {
    note:
      `Reading ${state.typed} as ${first.name} (${countryName(first.country)}), searched by name: I file cases by country, not state` +
      `${others.length > 0 ? `; it may also be ${others.map((s) => `${s.name} (${countryName(s.country)})`).join(' or ')}` : ''}.`,
    alternatives: [
      ...others.map((s) => ({
        label: `${s.name} (${countryName(s.country)})`,
        intent: withPlaceReading(intent, intent.filters, intent.query.replace(first.name, s.name)),
      })),
      ...countries.map((code) => ({
        label: `Cases from ${countryName(code)}`,
        intent: withPlaceReading(intent, { ...intent.filters, countries: [code] }, rest),
      })),
    ],
  };
}
