import type { BotDeps } from '../intents/bot-deps.js';
import { findCaseByName } from '../intents/find-case.js';
import { isCommonWord } from '../knowledge/countries/common-words.js';
import { nameKey } from '../knowledge/countries/tokenize.js';
import { isStopWord } from '../search/tokenize.js';
import { looksLikeId } from '../understanding/parse-message.js';
import type { CaseRef } from '../understanding/understanding.js';
import type { ConversationState } from './conversation-store.js';

/** A case reference made concrete, with how it was read when that needed saying. */
export type ResolvedRef =
  | { type: 'case'; id: string; note?: string; runnerUp?: { id: string; title: string } }
  /** An ordinal or "it" with nothing shown before it. */
  | { type: 'no-context' }
  /** A loose name that is no case's title: the words were a search after all. */
  | { type: 'not-a-name'; text: string }
  /** A name nothing matches. */
  | { type: 'unknown'; text: string };

/** A title's acronyms, folded: "Accelerated Capability Environment (ACE)" has "ace". */
export function titleAcronyms(title: string): Set<string> {
  return new Set([...title.matchAll(/\b\p{Lu}{2,}\b/gu)].map((m) => m[0].toLowerCase()));
}

/** The words of a name or title that can tell cases apart: folded, without stop words. */
export function contentWords(text: string): string[] {
  return nameKey(text)
    .split(' ')
    .filter((w) => w !== '' && !isStopWord(w));
}

/**
 * Whether words a title holds name that case rather than a subject many cases share: they are
 * most of its title ("AI Friends"), three or more of its words in a row ("the digital mentor
 * service"), an acronym ("ACE"), or a word that is no everyday English word ("Gwanak",
 * "BIFIDEX", or its acronym as typed: "ace"). "mental health" is in a title too, but asks for the
 * cases about it.
 */
export function namesOneCase(text: string, title: string): boolean {
  const words = contentWords(text);
  const titleWords = contentWords(title);
  if (words.length * 2 >= titleWords.length || /\b\p{Lu}{2,}\b/u.test(text)) return true;
  const acronyms = titleAcronyms(title);
  if (words.some((w) => acronyms.has(w))) return true;
  if (words.length >= 3 && ` ${titleWords.join(' ')} `.includes(` ${words.join(' ')} `)) return true;
  return words.some((w) => !isCommonWord(w, 35));
}

function titleOf(deps: BotDeps | undefined, id: string): string {
  return deps?.byId.get(id)?.title ?? id;
}

/**
 * What a reference points at: "#2" and "the second one" at the last list, "it" at the case in
 * focus (or the first of a list, said so), a name at the best-matching case (the cases just
 * shown first), an id at itself. Without the knowledge (`deps`), names stay as typed.
 */
export function resolveRef(ref: CaseRef, state: ConversationState | undefined, deps?: BotDeps): ResolvedRef {
  const shown = state?.shown ?? [];
  switch (ref.type) {
    case 'id':
      return { type: 'case', id: ref.id };
    case 'ordinal': {
      if (shown.length === 0) return { type: 'no-context' };
      const index = ref.index < 0 ? shown.length + ref.index : ref.index;
      const id = shown[Math.min(Math.max(index, 0), shown.length - 1)]!;
      return index >= shown.length
        ? {
            type: 'case',
            id,
            note: `There ${shown.length === 1 ? 'was only 1' : `were only ${shown.length}`}; here is the last one.`,
          }
        : { type: 'case', id };
    }
    case 'pronoun': {
      if (state?.focus) return { type: 'case', id: state.focus };
      const first = shown[0];
      if (first === undefined) return { type: 'no-context' };
      return shown.length === 1
        ? { type: 'case', id: first }
        : {
            type: 'case',
            id: first,
            note: `Taking that as the first case shown, “${titleOf(deps, first)}”.`,
          };
    }
    case 'name': {
      // "show k3x9a2": an id that is not known is still an id, for the reply to say so.
      if (ref.loose && looksLikeId(ref.text.toLowerCase()))
        return { type: 'case', id: ref.text.toLowerCase() };
      // Without the knowledge a name cannot be found: its words are searched instead.
      if (!deps) return { type: 'unknown', text: ref.text };
      const named = findCaseByName(deps, ref.text, shown);
      if (!named)
        return ref.loose ? { type: 'not-a-name', text: ref.text } : { type: 'unknown', text: ref.text };
      if (ref.loose && !(named.byTitle && namesOneCase(ref.text, named.best.title)))
        return { type: 'not-a-name', text: ref.text };
      const resolved: ResolvedRef = { type: 'case', id: named.best.id };
      if (named.runnerUp) resolved.runnerUp = { id: named.runnerUp.id, title: named.runnerUp.title };
      return resolved;
    }
    case 'extreme': {
      // Of all the cases: the caller narrows it to the last list when there is one.
      const found = deps?.[ref.sort][0];
      return found ? { type: 'case', id: found.id } : { type: 'no-context' };
    }
    default: {
      const unreachable: never = ref;
      return unreachable;
    }
  }
}
