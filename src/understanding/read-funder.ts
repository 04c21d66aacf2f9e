/**
 * Who paid for the cases asked for: "funded by the EU", "financed through the World Bank",
 * "EU-funded", "with funding from the Gates Foundation". No case records a funder, so the name
 * is searched in the cases' text, and never read as a place to filter by: the EU as a funder is
 * not the cases from the EU's countries.
 */
export interface FunderAsk {
  /** The funder as typed: "the EU", "World Bank". */
  name: string;
}

/** Words that end a funder's name: what the message goes on to ask. */
const ENDS_NAME =
  '(?:in|from|since|on|about|for|with|that|which|who|and|or|to|during|after|before|between|at|by|projects?|cases?|initiatives?|examples?|programmes?|programs?)';
/** A name of up to five words, with "the" before it: "the EU", "the Bill & Melinda Gates Foundation". */
const NAME = String.raw`((?:the\s+)?[\p{L}\p{N}][\p{L}\p{N}&.'’-]*(?:\s+(?!${ENDS_NAME}\b)(?:&\s+)?[\p{L}\p{N}][\p{L}\p{N}&.'’-]*){0,4})`;
const FUNDED_BY = new RegExp(
  String.raw`\b(?:(?:co-?)?funded|financed|sponsored|paid\s+for|bankrolled)\s+(?:by|through|via)\s+${NAME}|\bwith\s+(?:funding|money|grants?|financing)\s+from\s+${NAME}`,
  'iu',
);
/**
 * "EU-funded", "World Bank funded": the name before the word, in capitals or an acronym, as
 * "publicly funded", "well funded", "state funded" say how, not who.
 */
const NAME_FUNDED =
  /(?<![\p{L}\p{N}])((?:\p{Lu}[\p{L}\p{N}&.'’]*\s+){0,3}\p{Lu}[\p{L}\p{N}&.'’]*|[\p{L}]{2,5})[-\s](?:co-?)?(?:funded|financed|sponsored)\b/u;
/** Lower-case words before "funded" that say how it was paid for, not who paid. */
const HOW_FUNDED = /^(?:self|well|under|over|fully|part|partly|jointly|co|state|public|private|crowd|tax)$/iu;

/** The funder asked for, and the message without the words that asked. */
export function readFunder(text: string): { text: string; funder?: FunderAsk } {
  const by = FUNDED_BY.exec(text);
  const name = by?.[1] ?? by?.[2];
  if (by && name && isName(name))
    return { text: blank(text, by.index, by[0].length), funder: { name: name.trim() } };
  const funded = NAME_FUNDED.exec(text);
  if (funded?.[1] && !HOW_FUNDED.test(funded[1]) && !/ly$/iu.test(funded[1]))
    return { text: blank(text, funded.index, funded[0].length), funder: { name: funded[1] } };
  return { text };
}

/** A name has a letter, and is more than "the": "funded by the" or "funded by 2020" names no one. */
function isName(name: string): boolean {
  const bare = name.trim().replace(/^the\b\s*/iu, '');
  return /\p{L}/u.test(bare);
}

/**
 * Blanked with spaces, so the positions of the rest stay as they were; a message that was only the
 * funder ("funded by Korea") still asks for cases.
 */
function blank(text: string, at: number, length: number): string {
  const rest = text.slice(0, at) + ' '.repeat(length) + text.slice(at + length);
  return /[\p{L}\p{N}]/u.test(rest) ? rest : 'cases'.padEnd(text.length);
}
