import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createSeededRandom, type SeededRandom } from './seeded-random.js';
import {
  ADJECTIVES,
  CITIES,
  COUNTRIES,
  GROUPS,
  initiativeName,
  LEVELS,
  METHODS,
  ORGANISATIONS,
  OUTCOMES,
  type Place,
  PROBLEMS,
  RARE_WORDS,
  REGIONS,
  SERVICES,
  TAGS,
  TECHNOLOGIES,
  THINGS,
  UNITS,
  VERBS,
} from './synthetic-words.js';

/** One structured knowledge record as a JSONL line holds it (see the README's knowledge formats). */
export interface SyntheticRecord {
  title?: string;
  summary: string;
  countries?: string[] | string;
  year?: number;
  url?: string;
  tags?: string[];
  level?: string;
  organisation?: string;
}

export const DEFAULT_SEED = 20240611;
const MIN_SUMMARY = 400;
const MAX_SUMMARY = 700;
/** Share of cases that also appear, as a second record, in another file (the loader merges them). */
const DUPLICATE_SHARE = 0.01;
const RECORDS_PER_FILE = 25_000;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Where a case happens: most name a city, region or country; some name two; a few none. */
function pickPlaces(r: SeededRandom): Place[] {
  const roll = r.next();
  if (roll < 0.08) return [];
  const one = (): Place => {
    const kind = r.next();
    return r.pickSkewed(kind < 0.5 ? COUNTRIES : kind < 0.85 ? CITIES : REGIONS);
  };
  return roll < 0.9 ? [one()] : [one(), one()];
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`;
}

function plural(noun: string): string {
  return /[^aeiou]y$/.test(noun)
    ? `${noun.slice(0, -1)}ies`
    : /(s|sh|ch|x)$/.test(noun)
      ? `${noun}es`
      : `${noun}s`;
}

/** Sentences for one summary, opening first; no sentence twice. `label` keeps summaries distinct. */
function sentences(r: SeededRandom, name: string, places: Place[], label: string): string[] {
  const where = places[0] ? ` in ${places[0][0]}` : '';
  const service = () => r.pickSkewed(SERVICES);
  const group = () => r.pickSkewed(GROUPS);
  const kind = () => `${r.pickSkewed(ADJECTIVES)} ${r.pickSkewed(THINGS)}`;
  const opening = [
    `${capitalise(group())}${where} faced ${r.pickSkewed(PROBLEMS)} when they tried to ${r.pickSkewed(VERBS)} ${service()} ${label}.`,
    `The ${r.pickSkewed(ORGANISATIONS)}${where} launched ${name}, ${article(kind())} that helps ${group()} ${r.pickSkewed(VERBS)} ${service()} ${label}.`,
    `${name} is ${article(kind())} created by the ${r.pickSkewed(ORGANISATIONS)}${where} to tackle ${r.pickSkewed(PROBLEMS)} ${label}.`,
  ];
  const body = [
    `It uses ${r.pickSkewed(TECHNOLOGIES)} to ${r.pickSkewed(VERBS)} ${service()} and reduce ${r.pickSkewed(PROBLEMS)}.`,
    `The team combined ${r.pickSkewed(METHODS)} with ${r.pickSkewed(METHODS)} to co-design ${service()} with ${group()}.`,
    `Since ${r.int(2012, 2024)}, more than ${r.int(2, 900) * 100} ${group()} have used it, with ${r.pickSkewed(OUTCOMES)}.`,
    `Early results show ${r.pickSkewed(OUTCOMES)} and ${r.pickSkewed(OUTCOMES)}.`,
    `Working with ${r.int(3, 60)} ${r.pick(UNITS)}, the ${r.pickSkewed(THINGS)} connects ${group()} and ${group()} around ${r.pick(RARE_WORDS)}.`,
    `${capitalise(article(r.pickSkewed(ADJECTIVES)))} approach to ${r.pick(RARE_WORDS)} lets ${group()} ${r.pickSkewed(VERBS)} ${service()} without ${r.pickSkewed(PROBLEMS)}.`,
    `${capitalise(r.pickSkewed(ADJECTIVES))} ${plural(r.pickSkewed(THINGS))} now help the ${r.pickSkewed(ORGANISATIONS)} ${r.pickSkewed(VERBS)} ${service()}.`,
    `The ${r.pickSkewed(ORGANISATIONS)} plans to ${r.pickSkewed(VERBS)} it with ${r.pickSkewed(TECHNOLOGIES)} next.`,
  ];
  const out = [r.pick(opening)];
  if (places[1]) out.push(`The model was then adapted for ${places[1][0]}.`);
  // A random order without repeats (Fisher-Yates), so no summary says the same thing twice.
  for (let i = body.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [body[i], body[j]] = [body[j]!, body[i]!];
  }
  return [...out, ...body];
}

function buildSummary(r: SeededRandom, name: string, places: Place[], label: string): string {
  const target = r.int(MIN_SUMMARY, MAX_SUMMARY);
  let summary = '';
  for (const sentence of sentences(r, name, places, label)) {
    const longer = summary ? `${summary} ${sentence}` : sentence;
    if (longer.length > MAX_SUMMARY) break;
    summary = longer;
    if (summary.length >= target) break;
  }
  return summary;
}

function buildRecord(r: SeededRandom, i: number, namePool: number): SyntheticRecord {
  const name = initiativeName(r.int(0, namePool - 1));
  const places = pickPlaces(r);
  // The case number keeps every summary unique, as distinct initiatives' summaries are.
  const summary = buildSummary(r, name, places, `(case ${i + 1})`);
  const record: SyntheticRecord = { summary };
  // Only some records carry each field, so enrichment infers the rest as it would on real data.
  if (r.chance(0.6))
    record.title = `${name}: ${capitalise(r.pickSkewed(ADJECTIVES))} ${r.pickSkewed(SERVICES)}`;
  if (places.length > 0 && r.chance(0.25)) {
    const codes = places.map(([, code]) => code);
    record.countries = r.chance(0.5) ? codes : codes.join(';');
  }
  if (r.chance(0.8)) record.year = r.int(2010, 2025);
  if (r.chance(0.7)) record.url = `https://oecd-opsi.org/innovations/${name.toLowerCase()}-${i + 1}/`;
  if (r.chance(0.5)) record.tags = [r.pick(TAGS), ...(r.chance(0.4) ? [r.pick(TAGS)] : [])];
  if (r.chance(0.5)) record.level = r.pick(LEVELS);
  if (r.chance(0.4)) record.organisation = capitalise(r.pickSkewed(ORGANISATIONS));
  return record;
}

/**
 * `count` distinct, realistic case records, the same for the same seed. Initiative names are
 * shared by about three cases each, so rare words stay rare at every size.
 */
export function generateCaseRecords(count: number, seed = DEFAULT_SEED): SyntheticRecord[] {
  const r = createSeededRandom(seed);
  const namePool = Math.max(50, Math.ceil(count / 3));
  return Array.from({ length: count }, (_, i) => buildRecord(r, i, namePool));
}

/**
 * Writes `count` cases as JSONL files into `dir` (created if missing), plus a few duplicate
 * records in a separate file that the loader should merge into existing cases.
 * Returns the file names written.
 */
export async function writeSyntheticKnowledge(
  dir: string,
  count: number,
  seed = DEFAULT_SEED,
): Promise<string[]> {
  const records = generateCaseRecords(count, seed);
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (let start = 0; start < records.length; start += RECORDS_PER_FILE) {
    const name = `cases-${String(files.length + 1).padStart(3, '0')}.jsonl`;
    const lines = records.slice(start, start + RECORDS_PER_FILE).map((record) => JSON.stringify(record));
    await writeFile(join(dir, name), `${lines.join('\n')}\n`);
    files.push(name);
  }
  const r = createSeededRandom(seed + 1);
  const duplicates = records
    .filter(() => r.chance(DUPLICATE_SHARE))
    .map(({ summary, url }) => JSON.stringify(url ? { summary, url } : { summary }));
  if (duplicates.length > 0) {
    await writeFile(join(dir, 'duplicates.jsonl'), `${duplicates.join('\n')}\n`);
    files.push('duplicates.jsonl');
  }
  return files;
}
