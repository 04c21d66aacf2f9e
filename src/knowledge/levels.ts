import type { Level } from '../intents/intent.js';
import { tokenize } from './countries/tokenize.js';

/**
 * Words of the knowledge's free-text `level` ("Local", "State", "National agency", "Regional /
 * cross-border"), by the level they name. Checked from the widest: "Regional / cross-border"
 * spans countries, so it is international, not a region inside one country.
 */
const LEVEL_WORDS: readonly [Level, ReadonlySet<string>][] = [
  [
    'international',
    new Set([
      'international',
      'cross',
      'crossborder',
      'multinational',
      'transnational',
      'supranational',
      'multilateral',
      'global',
      'intergovernmental',
    ]),
  ],
  [
    'local',
    new Set([
      'local',
      'municipal',
      'municipality',
      'city',
      'town',
      'district',
      'county',
      'borough',
      'neighbourhood',
      'neighborhood',
      'village',
      'commune',
    ]),
  ],
  [
    'regional',
    new Set([
      'regional',
      'state',
      'provincial',
      'province',
      'subnational',
      'devolved',
      'canton',
      'cantonal',
      'territorial',
    ]),
  ],
  [
    'national',
    new Set(['national', 'federal', 'central', 'ministry', 'ministerial', 'agency', 'nationwide']),
  ],
];

/**
 * The level a free-text `level` value names, or undefined when it names none ("Public hospital",
 * "Schools / NGO partnership"): such cases match no level filter.
 */
export function normaliseLevel(text: string | undefined): Level | undefined {
  if (!text) return undefined;
  const words = new Set(tokenize(text).map((t) => t.folded));
  for (const [level, names] of LEVEL_WORDS) {
    for (const word of words) if (names.has(word)) return level;
  }
  return undefined;
}
