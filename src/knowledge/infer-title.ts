import { shortenText } from '../shorten-text.js';
import { stripEllipsis } from './summary-key.js';

/** Titles longer than this are cut at a word boundary and end with "…". */
export const MAX_TITLE_LENGTH = 80;

// A name token starts with a capital, a digit or '#': "Connectoo", "#MyFrance2022", "1.0", "Gwanak-gu".
const TOKEN = String.raw`[#@]?[\p{Lu}\p{N}][\p{L}\p{N}]*(?:[.\-'’+][\p{L}\p{N}]+)*`;
// Small words allowed inside a name: "Collections of Ghent", "Mind the Class".
const CONNECTOR = '(?:of|the|for|and|de|du|des|del|la|le|on|in|to|&)';
const SPAN = String.raw`${TOKEN}(?:\s+(?:${CONNECTOR}\s+)*${TOKEN})*`;
const ARTICLE = String.raw`(?:(?:The|the|A|An)\s+)?`;
const ACRONYM = String.raw`\s*\(([\p{Lu}][\p{L}\p{N}&-]{1,11})\)`;
// What follows the subject of a sentence that names an initiative: "X is…", "X aims…", "X, a…".
const SUBJECT_TRIGGER = String.raw`(?:\s+(?:is|are|was|were|aims?|began|begins|will|seeks?|provides?|helps?|allows?|enables?|offers?)\b|,\s+(?:a|an|the)\s)`;
const CLAUSE_START = String.raw`(?:^|[.;:!?]\s+|,\s+)`;

/** Capitalised words that open sentences without naming anything. */
const FUNCTION_WORDS = new Set(
  'in when since for through with as at on by to from our we this these those it its after before during following however while although if our their there here each every all some many most one'.split(
    ' ',
  ),
);

/** "X is a…", "X (XY) was the…", "X, an…": the text defines X, so even one plain word names it. */
const DEFINITION = /^(?:\s*\([^)]*\))?(?:\s+(?:is|was)\s+(?:a|an|the)\s|,\s+(?:a|an|the)\s)/u;

interface Candidate {
  tier: number;
  index: number;
  name: string;
}

// Global regexes: every use starts by resetting lastIndex, and no use spans an await.
const PATTERNS: readonly { tier: number; re: RegExp; acronymCheck?: boolean }[] = [
  // "Connectoo Training aims to…", "The Austin Civilian Conservation Corps (ACCC) began…"
  { tier: 1, re: new RegExp(String.raw`^\s*${ARTICLE}(${SPAN})(?:${ACRONYM})?${SUBJECT_TRIGGER}`, 'gu') },
  // "Through AI Friends project, …"
  {
    tier: 2,
    re: new RegExp(
      String.raw`\b(?:[Tt]hrough|[Ww]ith|[Vv]ia|[Uu]nder)\s+(?:the\s+|its\s+|our\s+)?(${SPAN})\s+(?:project|programme|program|initiative|platform|scheme|pilot)\b`,
      'gu',
    ),
  },
  // "…, Participation Task Forces (PTFs) were established."
  {
    tier: 2,
    re: new RegExp(
      String.raw`${CLAUSE_START}${ARTICLE}(${SPAN})${ACRONYM}\s+(?:is|are|was|were|began|aims?|has|have|will)\b`,
      'gu',
    ),
    acronymCheck: true,
  },
  // "South Africa's Presidential Employment Stimulus has created…"
  {
    tier: 2,
    re: new RegExp(
      String.raw`${CLAUSE_START}${TOKEN}(?:\s+${TOKEN})*['’]s\s+(${SPAN})\s+(?:is|are|was|were|has|have|began|aims?)\b`,
      'gu',
    ),
  },
  // "…we developed the Digital Mentor Service of National Qualification."
  {
    tier: 2,
    re: new RegExp(
      String.raw`\b(?:developed|created|launched|implemented|introduced|established|built|designed)\s+(?:the\s+)?(${SPAN})(?=\s*(?:[.,;:(]|$))`,
      'gu',
    ),
  },
  // A later sentence's subject: ". The ACCC, a collaboration…"
  { tier: 2, re: new RegExp(String.raw`[.!?]\s+${ARTICLE}(${SPAN})(?:${ACRONYM})?${SUBJECT_TRIGGER}`, 'gu') },
  // ‘Online Gwanak-gu Office’, “Name”, "Name"
  { tier: 3, re: /[‘“"]([\p{Lu}\p{N}#][^‘’“”"?!,;:]{0,58}?)[’”"]/gu },
];

function initials(span: string): string {
  return span
    .split(/\s+/u)
    .filter((word) => /^[#@]?[\p{Lu}\p{N}]/u.test(word))
    .map((word) => word.replace(/^[#@]/u, '')[0]!.toUpperCase())
    .join('');
}

/** Whether a captured span reads like a name rather than a sentence opening or a generic word. */
function plausibleName(name: string, definition: boolean): boolean {
  const words = name.split(/\s+/u);
  if (words.length > 10) return false;
  if (FUNCTION_WORDS.has(words[0]!.toLowerCase())) return false;
  // One ordinary capitalised word ("Government is slow") is no name; "#MyFrance2022" or "ACCC" is,
  // and so is a word being defined ("Decidim is a platform…").
  return words.length > 1 || /[#\p{N}]|.\p{Lu}/u.test(name) || definition;
}

/** The name a match captured, if it passes the checks of its pattern. */
function acceptedName(summary: string, m: RegExpExecArray, acronymCheck: boolean): string | undefined {
  const captured = m[1];
  const name = captured?.trim();
  if (captured === undefined || name === undefined) return undefined;
  const after = summary.slice(m.index + m[0].indexOf(captured) + captured.length);
  if (!plausibleName(name, DEFINITION.test(after))) return undefined;
  if (acronymCheck && initials(name) !== (m[2] ?? '').replace(/s$/u, '').toUpperCase()) return undefined;
  return name;
}

/** The earliest acceptable name of a tier; each pattern stops scanning once it cannot do better. */
function earliestInTier(summary: string, tier: number): Candidate | undefined {
  let best: Candidate | undefined;
  for (const pattern of PATTERNS) {
    if (pattern.tier !== tier) continue;
    const re = pattern.re;
    re.lastIndex = 0;
    for (let m = re.exec(summary); m !== null; m = re.exec(summary)) {
      if (best !== undefined && m.index >= best.index) break;
      const name = acceptedName(summary, m, pattern.acronymCheck === true);
      if (name !== undefined) {
        best = { tier, index: m.index, name };
        break;
      }
    }
  }
  return best;
}

/** Quoted names: the one mentioned most, then the first. */
function mostQuoted(summary: string): string | undefined {
  const counts = new Map<string, number>();
  for (const pattern of PATTERNS) {
    if (pattern.tier !== 3) continue;
    for (const m of summary.matchAll(pattern.re)) {
      const name = acceptedName(summary, m, false);
      if (name !== undefined) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  let best: string | undefined;
  for (const [name, count] of counts) if (best === undefined || count > counts.get(best)!) best = name;
  return best;
}

function firstClause(summary: string): string {
  const text = stripEllipsis(summary).trim();
  const sentence = text.split(/(?<=[.!?])\s+(?=[\p{Lu}\p{N}"“‘#])/u)[0] ?? text;
  const clause = /^(.{20,}?)(?:[,;:]\s|\s[–—-]\s)/u.exec(sentence)?.[1] ?? sentence;
  return clause.replace(/[\s.!?]+$/u, '');
}

/**
 * A title for a case that has none: the initiative the summary names ("Connectoo Training aims…"
 * → "Connectoo Training"; "Through AI Friends project" → "AI Friends"; a name in quotes, the one
 * mentioned most), otherwise the summary's first clause, at most {@link MAX_TITLE_LENGTH} characters.
 */
export function inferTitle(summary: string): string {
  const named = earliestInTier(summary, 1)?.name ?? earliestInTier(summary, 2)?.name ?? mostQuoted(summary);
  const best = named ?? firstClause(summary);
  return shortenText(best === '' ? summary.trim() : best, MAX_TITLE_LENGTH);
}
