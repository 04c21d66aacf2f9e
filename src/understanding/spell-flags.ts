import { countryData } from '../knowledge/countries/country-data.js';
import { resolveCountry } from '../knowledge/countries/index.js';

// A flag emoji is two regional indicator letters (🇰🇷 is K + R).
const FLAG = /[\u{1F1E6}-\u{1F1FF}]{2}/gu;

let names: Map<string, string> | undefined;

/** Each country's flag, as the data gives it, to the name that reads back as that country. */
function namesByFlag(): Map<string, string> {
  if (names) return names;
  names = new Map();
  for (const country of countryData.countries)
    if (resolveCountry(country.name) === country.code) names.set(country.flag, country.name);
  return names;
}

/**
 * The message with each country's flag emoji written as the country's name ("🇰🇷 digital
 * government" → " South Korea  digital government"), so that a flag reads as the place it
 * stands for. A flag whose name would read as another place, or no country's, stays as typed.
 */
export function spellFlags(text: string): string {
  return text.replace(FLAG, (flag) => {
    const name = namesByFlag().get(flag);
    return name === undefined ? flag : ` ${name} `;
  });
}
