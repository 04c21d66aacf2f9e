import { RECORD_FIELDS } from '../case-record-schema.js';
import { LINK_COLUMN_SUFFIX } from './read-table.js';

/** A knowledge field: `title`, `summary`, `countries`, `year`, `url`, `tags`, `level`, `organisation`. */
export type RecordField = (typeof RECORD_FIELDS)[number];

/** Which column each field is read from. */
export type ColumnMapping = Partial<Record<RecordField, string>>;

/**
 * Column names that mean a field, best first, compared without case, spaces or punctuation
 * ("Country_Code" is "countrycode"). The field's own name comes first.
 */
const ALIASES: Readonly<Record<RecordField, readonly string[]>> = {
  summary: [
    'summary',
    'description',
    'abstract',
    'shortdescription',
    'desc',
    'overview',
    'text',
    'body',
    'details',
  ],
  title: [
    'title',
    'name',
    'casename',
    'casetitle',
    'projectname',
    'initiativename',
    'innovationname',
    'initiative',
    'project',
    'innovation',
  ],
  countries: [
    'countries',
    'country',
    'countrycode',
    'countrycodes',
    'geocoverage',
    'geographiccoverage',
    'nation',
    'nations',
    'location',
  ],
  year: [
    'year',
    'startdate',
    'startyear',
    'launchyear',
    'yearlaunched',
    'launchdate',
    'launched',
    'date',
    'start',
  ],
  url: ['url', 'link', 'website', 'webpage', 'web', 'homepage', 'sourceurl', 'links', 'urls'],
  tags: ['tags', 'tag', 'keywords', 'keyword', 'topics', 'topic', 'themes', 'theme', 'categories', 'sectors'],
  level: ['level', 'levelofgovernment', 'governmentlevel', 'govlevel', 'administrativelevel'],
  organisation: [
    'organisation',
    'organization',
    'agency',
    'org',
    'organisationname',
    'organizationname',
    'leadorganisation',
    'leadorganization',
    'institution',
    'department',
    'owner',
  ],
};

// A nested column such as "organisation.name" or "countries.code" means its parent.
const NESTED_VALUE_KEYS = new Set(['name', 'title', 'label', 'value', 'text', 'code', 'en', 'english']);

export function normaliseColumnName(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '');
}

/** How well a column fits a field: the alias rank, lower is better; undefined when it does not. */
function aliasRank(column: string, field: RecordField): number | undefined {
  const aliases = ALIASES[field];
  const whole = aliases.indexOf(normaliseColumnName(column));
  if (whole >= 0) return whole;
  const parts = column.split('.');
  const last = normaliseColumnName(parts.at(-1)!);
  if (parts.length > 1 && NESTED_VALUE_KEYS.has(last)) {
    const parent = aliases.indexOf(normaliseColumnName(parts.slice(0, -1).join('.')));
    if (parent >= 0) return aliases.length + parent;
  } else if (parts.length > 1 && aliases.includes(last)) {
    // "links.website", "dates.start": the innermost key says what it is.
    return 2 * aliases.length + aliases.indexOf(last);
  }
  if (field === 'url' && column.endsWith(LINK_COLUMN_SUFFIX)) return 3 * aliases.length;
  return undefined;
}

/** What `guessMapping` decided, and what it could not use. */
export interface MappingGuess {
  mapping: ColumnMapping;
  /** Columns no field is read from. */
  unmapped: string[];
  /** `--map` entries that name an unknown field or column. */
  errors: string[];
}

/**
 * Parses `--map title=name,summary=description`: field=column pairs, separated by commas.
 * Field names are the knowledge fields; a column is matched exactly, else without case.
 */
export function parseMapOption(
  text: string,
  columns: readonly string[],
): { mapping: ColumnMapping; errors: string[] } {
  const mapping: ColumnMapping = {};
  const errors: string[] = [];
  for (const pair of text
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '')) {
    const at = pair.indexOf('=');
    const field = (at < 0 ? pair : pair.slice(0, at)).trim().toLowerCase();
    const wanted = at < 0 ? '' : pair.slice(at + 1).trim();
    if (!(RECORD_FIELDS as readonly string[]).includes(field)) {
      errors.push(`--map: "${field}" is not a field (fields: ${RECORD_FIELDS.join(', ')})`);
      continue;
    }
    const column =
      columns.find((c) => c === wanted) ?? columns.find((c) => c.toLowerCase() === wanted.toLowerCase());
    if (column === undefined) {
      errors.push(
        `--map: no column "${wanted}" for ${field} (columns: ${columns.map((c) => `"${c}"`).join(', ')})`,
      );
      continue;
    }
    mapping[field as RecordField] = column;
  }
  return { mapping, errors };
}

/**
 * Maps columns to fields: the `--map` choices first, then, for every other field, the column whose
 * name fits it best (ties go to the leftmost column). A column feeds at most one field.
 */
export function guessMapping(
  columns: readonly string[],
  chosen: ColumnMapping = {},
): Omit<MappingGuess, 'errors'> {
  const mapping: ColumnMapping = { ...chosen };
  const used = new Set(Object.values(mapping));
  for (const field of RECORD_FIELDS) {
    if (mapping[field] !== undefined) continue;
    let best: { column: string; rank: number } | undefined;
    for (const column of columns) {
      if (used.has(column)) continue;
      const rank = aliasRank(column, field);
      if (rank !== undefined && (best === undefined || rank < best.rank)) best = { column, rank };
    }
    if (best !== undefined) {
      mapping[field] = best.column;
      used.add(best.column);
    }
  }
  return { mapping, unmapped: columns.filter((column) => !used.has(column)) };
}
