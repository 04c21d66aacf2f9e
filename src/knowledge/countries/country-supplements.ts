/**
 * The few facts `world-countries` does not carry, each with the reason it is needed. Everything
 * else (names, official names, alternative spellings, demonyms, capitals, codes) comes from the
 * maintained data.
 */

/**
 * Names that map to one country although the data gives them to several or to none.
 * "Korea"/"Korean": the data's derived short names collide between KR and KP; OPSI means South
 * Korea, and North Korea is only meant when named as such (or DPRK).
 * Britain and the UK's constituent countries are not countries in ISO 3166. "Brits", as people
 * call the British, is also a South African town in the city data.
 */
export const ALIAS_OVERRIDES: Readonly<Record<string, string>> = {
  korea: 'KR',
  korean: 'KR',
  koreans: 'KR',
  britain: 'GB',
  brit: 'GB',
  brits: 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  // "Aussie" is how people call Australians; no other place or word is spelt so.
  aussie: 'AU',
  aussies: 'AU',
};

/**
 * Names read in messages only, never in case text (as the data's translations are): "Corea",
 * "Coreia", "Corée" collide between KR and KP as "Korea" does, and 한국, South Korea's everyday
 * name in Korean, is not in the data (its official name is). "The States" is how people in chat
 * name the United States, but in a case's text it is a country's own states ("the states and
 * territories" of Australia), and "the states of" never names it (see BLOCKERS).
 */
export const MESSAGE_ALIASES: Readonly<Record<string, string>> = {
  corea: 'KR',
  coreia: 'KR',
  corée: 'KR',
  한국: 'KR',
  'the states': 'US',
};

/**
 * Abbreviations written in capitals in prose. Only these count in case text: other ISO codes are
 * everyday acronyms there ("AI", "IT", "HR", "PR", "ID" are Anguilla, Italy, Croatia, Puerto Rico
 * and Indonesia). They must be written exactly so: the pronoun "us" is not the United States.
 */
export const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  US: ['US', 'U S', 'USA', 'U S A'],
  GB: ['UK', 'U K'],
  AE: ['UAE', 'U A E'],
  KP: ['DPRK'],
  KR: ['ROK'],
  CD: ['DRC'],
  NZ: ['NZ', 'N Z'],
};

/**
 * Country names that are also a personal name or an everyday word, and so need context before
 * they count in case text ("in Chad", "Chad's government", "Jordan, Lebanon and Syria", or the
 * same country named another way). "China" and "Japan" are words too, but written with a capital
 * they mean the country; these are not safe even capitalised ("Chad Smith", "Michael Jordan",
 * "Turkey farms", "Georgia" the US state, "Guinea pigs", "Jersey" the shirt).
 */
export const NEEDS_CONTEXT: ReadonlySet<string> = new Set([
  'chad',
  'jordan',
  'georgia',
  'turkey',
  'guinea',
  'jersey',
  'niger',
  'wales',
]);

/**
 * Phrases that name no single country and must hide the country-like words inside them:
 * "Latin American" is not the United States, "Western Balkans" names no country, the EU is not one.
 * The data's sub-regions ("South America", "Southern Africa"…) are added to these when built.
 */
export const BLOCKERS: readonly string[] = [
  'the States of',
  'Latin America',
  'Latin American',
  'Western Balkans',
  'Balkans',
  'Middle East',
  'European Union',
  'EU',
  'Sub-Saharan Africa',
  'Indian Ocean',
  'Inter-American',
  'Pan-American',
  'Pan-African',
  'Native American',
  'Native Americans',
];

/** Exonyms of major cities that the city data lists only in the local form. */
export const CITY_EXONYMS: Readonly<Record<string, string>> = {
  Ghent: 'Gent',
  Kiev: 'Kyiv',
};

/**
 * Leading forms of government stripped from official names to get the short names people use:
 * "Republic of Turkey" → "Turkey", "Republic of Cabo Verde" → "Cabo Verde".
 */
export const GOVERNMENT_FORM =
  /^(?:the\s+)?(?:(?:democratic|federal|united|islamic|socialist|people's|arab|bolivarian|plurinational|oriental|independent|hashemite|co-operative|cooperative|federative|sovereign|grand|union)\s+)*(?:republic|kingdom|state|commonwealth|principality|duchy|sultanate|emirate|federation|confederation|territory|bailiwick|nation)\s+of\s+(?:the\s+)?/i;

/**
 * Adjectives of regions with governments of their own, which texts use instead of the region's
 * name ("the Scottish Government", "the Flemish Government", "the Valencian regional
 * government"). They count only right before a word of government (see `admin-context.ts`), so
 * that "Victorian houses" or "Basque cuisine" name no place.
 */
export const REGIONAL_ADJECTIVES: Readonly<Record<string, string>> = {
  scottish: 'GB',
  welsh: 'GB',
  flemish: 'BE',
  walloon: 'BE',
  catalan: 'ES',
  basque: 'ES',
  valencian: 'ES',
  andalusian: 'ES',
  galician: 'ES',
  balearic: 'ES',
  canarian: 'ES',
  bavarian: 'DE',
  saxon: 'DE',
  sardinian: 'IT',
  sicilian: 'IT',
  corsican: 'FR',
  victorian: 'AU',
  tasmanian: 'AU',
  queensland: 'AU',
  ontarian: 'CA',
  albertan: 'CA',
  quebecois: 'CA',
  californian: 'US',
  texan: 'US',
};
