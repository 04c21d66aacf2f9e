import type { Word } from './words.js';

/** Files people ask a chat for: casebot sends none. */
const FILE_WORDS = new Set([
  'csv',
  'csvs',
  'spreadsheet',
  'spreadsheets',
  'excel',
  'xlsx',
  'xls',
  'pdf',
  'pdfs',
  'json',
  'jsonl',
  'file',
  'files',
  'attachment',
]);
/** Verbs that ask for a file; as nouns ("export promotion") they are a subject. */
const FILE_VERBS = new Set(['export', 'download', 'downloading', 'exporting']);
/** What a file verb is done to: "export these", "download this list", "download that". */
const DONE_TO = new Set([
  'these',
  'this',
  'that',
  'those',
  'them',
  'it',
  'all',
  'the',
  'my',
  'list',
  'results',
  'cases',
  'as',
  'everything',
]);
/** Before a file verb: "can I download", "how do I export", "is there a way to export". */
const ASKED_BEFORE = new Set(['can', 'i', 'to', 'you', 'we', 'please', 'pls', 'me', 'how']);
/** "as a", "in": the words joining a file word to the request ("as a spreadsheet", "in csv"). */
const FILE_JOINERS = new Set(['a', 'an', 'as', 'in', 'into', 'to', 'of']);

/**
 * The words of a message that ask for its cases as a file ("can you export these", "give me a
 * csv of health cases", "download this list", "send me a spreadsheet of the climate ones"), to be
 * claimed so they are not searched; empty when it asks for none.
 */
export function readFileRequest(words: readonly Word[], claimed: readonly boolean[]): number[] {
  const f = words.map((w, i) => (claimed[i] ? '' : w.folded));
  const taken: number[] = [];
  f.forEach((w, i) => {
    const verb =
      FILE_VERBS.has(w) &&
      (i === f.length - 1 || DONE_TO.has(f[i + 1] ?? '') || ASKED_BEFORE.has(f[i - 1] ?? ''));
    if (!verb && !FILE_WORDS.has(w)) return;
    // "a file on open data" may be a case's document: a file word alone needs an asking verb or a joiner.
    if (!verb && (w === 'file' || w === 'files') && !FILE_JOINERS.has(f[i - 1] ?? '')) return;
    taken.push(i);
    let k = i - 1;
    while (k >= 0 && FILE_JOINERS.has(f[k]!) && !taken.includes(k)) taken.push(k--);
  });
  return taken.length > 0 && taken.some((i) => FILE_VERBS.has(f[i]!) || FILE_WORDS.has(f[i]!)) ? taken : [];
}
