import { isCommonWord } from '../knowledge/countries/common-words.js';
import { getCountry } from '../knowledge/countries/index.js';
import { FIELD_TERMS, SDGS } from '../knowledge/field-terms.js';

/** A short form or goal of the field, as typed, and what it was read as. */
export interface FieldTermReading {
  typed: string;
  as: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

// "SDG 5", "sdg5", "SDG #13", "goal 13", "UN goal 4", "sustainable development goal 11".
// A case's link to a goal is no subject: "contributing to SDG 5", "aligned with goal 13", "towards SDG 4".
const GOAL_NUMBER =
  /\b(?:(?:that\s+)?(?:contribut\w*|align\w*|support\w*|link\w*|relat\w*|mapped|tied)\s+(?:to|with)\s+|towards\s+)?(?:the\s+)?(?:un\s+)?(?:sdgs?|sustainable\s+development\s+goals?|global\s+goals?|goals?)\s*(?:no\.?\s*|number\s+|#\s*)?(\d{1,2})\b/giu;

const FRAME = /^.*?\b(?:to|with|towards)\s+/iu;

const OWN = /\b(?:our|my|your|their|his|her|its|a|one|main|first|primary|next)\s+$/iu;

/** Where a place reads a country's code: "cases from BI" is Burundi, not behavioural insights. */
const BEFORE_PLACE = /\b(?:in|from|across|to|and|or|vs)\s+$/iu;

let formPatterns: { pattern: RegExp; term: string }[] | undefined;

/** Each form typed as written (plural too: "PPPs"), or in lower case when that is no word or country code. */
function patterns(): { pattern: RegExp; term: string }[] {
  formPatterns ??= FIELD_TERMS.flatMap(({ forms, term }) =>
    forms.map((form) => {
      const lower = form.toLowerCase();
      const anyCase = !isCommonWord(lower) && getCountry(form.toUpperCase()) === undefined;
      const alternatives = anyCase ? `${escapeRegExp(form)}|${escapeRegExp(lower)}` : escapeRegExp(form);
      const flags = anyCase ? 'giu' : 'gu';
      return {
        pattern: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternatives})s?(?![\\p{L}\\p{N}-])`, flags),
        term,
      };
    }),
  );
  return formPatterns;
}

/**
 * The message with the field's short forms written as their full terms ("any BI projects" → "any
 * behavioural insights projects", "PB in brazil" → "participatory budgeting in brazil") and the UN
 * Sustainable Development Goals as what casebot searches for each ("SDG 5", "goal 13", "the gender
 * equality goal"), with what was read, so the answer says so. A form a place may be (a country's
 * code after "in" or "from") keeps its place reading.
 */
export function readFieldTerms(text: string): { text: string; readings: FieldTermReading[] } {
  const readings: FieldTermReading[] = [];
  let out = text.replace(GOAL_NUMBER, (typed: string, digits: string, at: number, whole: string) => {
    const sdg = SDGS.find((g) => g.goal === Number(digits));
    // "our goal 2": a goal of someone's own is no UN goal.
    if (!sdg || (/^goal/iu.test(typed) && OWN.test(whole.slice(0, at)))) return typed;
    readings.push({ typed: typed.trim().replace(FRAME, ''), as: `UN goal ${sdg.goal}, ${sdg.name}` });
    return ` ${sdg.search} `;
  });
  for (const sdg of SDGS) {
    const name = `${escapeRegExp(sdg.name)}|${escapeRegExp(sdg.search)}`;
    // "sdg 11 sustainable cities", "SDG 13 climate action": the goal's name after its number says it again.
    if (readings.length > 0)
      out = out.replace(
        new RegExp(`\\b(${escapeRegExp(sdg.search)})\\s+(?:${name})(?![\\p{L}])`, 'giu'),
        '$1',
      );
    // "the gender equality goal", "climate action SDG".
    const byName = new RegExp(
      `(?<![\\p{L}])(?:the\\s+)?${escapeRegExp(sdg.name)}\\s+(?:sdg|goal)(?![\\p{L}])`,
      'giu',
    );
    out = out.replace(byName, (typed) => {
      readings.push({ typed: typed.trim(), as: `UN goal ${sdg.goal}, ${sdg.name}` });
      return ` ${sdg.search} `;
    });
  }
  for (const { pattern, term } of patterns()) {
    out = out.replace(pattern, (typed: string, at: number, whole: string) => {
      if (getCountry(typed.toUpperCase()) !== undefined && BEFORE_PLACE.test(whole.slice(0, at)))
        return typed;
      readings.push({ typed, as: term });
      return term;
    });
  }
  return readings.length === 0 ? { text, readings } : { text: out.replace(/\s+/gu, ' ').trim(), readings };
}
