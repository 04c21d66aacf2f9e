import { dropped, type FieldNote, type FieldRepair, kindOf, quote } from './field-repair.js';

/** A longer "tag" is a sentence pasted into the column, not a topic. */
export const MAX_TAG_LENGTH = 60;

/**
 * A case's own `tags`: an array, or text separated by `;` or `|` (or by commas when neither is
 * used: "health, ageing"). Tags are trimmed and unique regardless of case; numbers in a list become
 * text; other values and over-long tags are dropped with a note.
 */
export function repairTags(value: unknown): FieldRepair<string[]> {
  let items: unknown[];
  if (typeof value === 'string') items = value.split(/[;|\n]/u.test(value) ? /[;|\n]/u : /,/u);
  else if (Array.isArray(value)) items = value;
  else return dropped(`tags must be a list or text, found ${kindOf(value)}; dropped`);
  const tags: string[] = [];
  const seen = new Set<string>();
  const notes: FieldNote[] = [];
  for (const item of items) {
    if (typeof item !== 'string' && typeof item !== 'number') {
      notes.push({ fix: 'dropped', message: `a tag must be text, found ${JSON.stringify(item)}; dropped` });
      continue;
    }
    const tag = String(item).replace(/\s+/gu, ' ').trim();
    if (tag === '') continue;
    if (tag.length > MAX_TAG_LENGTH) {
      notes.push({
        fix: 'dropped',
        message: `tag ${quote(tag)} is longer than ${MAX_TAG_LENGTH} characters; dropped`,
      });
      continue;
    }
    if (seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    tags.push(tag);
  }
  return tags.length > 0 ? { value: tags, notes } : { notes };
}
