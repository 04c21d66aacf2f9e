import { countryData } from '../knowledge/countries/country-data.js';
import { resolveCountry } from '../knowledge/countries/index.js';

// A flag emoji is two regional indicator letters (🇰🇷 is K + R); Slack writes it `:flag-kr:`.
const FLAG = /[\u{1F1E6}-\u{1F1FF}]{2}/gu;
const FLAG_CODE = /:flag-([a-z]{2}):/giu;

interface FlagNames {
  byFlag: Map<string, string>;
  byCode: Map<string, string>;
}

let names: FlagNames | undefined;

/** Each country's flag and code, as the data gives them, to the name that reads back as that country. */
function flagNames(): FlagNames {
  if (names) return names;
  names = { byFlag: new Map(), byCode: new Map() };
  for (const country of countryData.countries)
    if (resolveCountry(country.name) === country.code) {
      names.byFlag.set(country.flag, country.name);
      names.byCode.set(country.code, country.name);
    }
  return names;
}

/**
 * The message with each country's flag written as the country's name ("🇰🇷 digital
 * government", ":flag-kr: digital government" → " South Korea  digital government"), so that
 * a flag reads as the place it stands for. A flag whose name would read as another place, or no
 * country's, stays as typed.
 */
export function spellFlags(text: string): string {
  const { byFlag, byCode } = flagNames();
  return text
    .replace(FLAG, (flag) => {
      const name = byFlag.get(flag);
      return name === undefined ? flag : ` ${name} `;
    })
    .replace(FLAG_CODE, (code, letters: string) => {
      const name = byCode.get(letters.toUpperCase());
      return name === undefined ? code : ` ${name} `;
    });
}
