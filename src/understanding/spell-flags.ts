import { getCountry, resolveCountry } from '../knowledge/countries/index.js';

// A flag emoji is two regional indicator letters, the country's ISO code: 🇰🇷 is K + R.
const FLAG = /[\u{1F1E6}-\u{1F1FF}]{2}/gu;
const INDICATOR_A = 0x1f1e6;

/**
 * The message with each country's flag emoji written as the country's name ("🇰🇷 digital
 * government" → " South Korea  digital government"), so that a flag reads as the place it
 * stands for. A flag whose name would read as another place, or no country, stays as typed.
 */
export function spellFlags(text: string): string {
  return text.replace(FLAG, (flag) => {
    const code = String.fromCharCode(
      ...[...flag].map((c) => 65 + (c.codePointAt(0) ?? INDICATOR_A) - INDICATOR_A),
    );
    const name = getCountry(code)?.name;
    return name !== undefined && resolveCountry(name) === getCountry(code)?.code ? ` ${name} ` : flag;
  });
}
