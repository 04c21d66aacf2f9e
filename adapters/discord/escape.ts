/** A zero-width space: splits `@everyone` so that no client treats it as a ping. */
const ZWSP = '\u200b';

/**
 * Neutralises mass mentions in any text Discord shows. `allowed_mentions` already stops the
 * ping; this is the second defence (and keeps the text from looking like a mention).
 */
export function neutraliseMentions(text: string): string {
  // Every text Discord shows passes here, and nearly none holds an @.
  if (!text.includes('@')) return text;
  return text.replace(/@(everyone|here)/gi, `@${ZWSP}$1`);
}

/**
 * Escapes Discord markdown so user and case text shows literally: emphasis, code, spoilers,
 * strike-through, masked links, `<@id>`-style mentions, and line-start headings, quotes and
 * lists. Discord drops a backslash before any punctuation, so over-escaping is harmless.
 */
export function escapeMarkdown(text: string): string {
  const inline = text.replace(/[\\*_~`|<>[\]]/g, '\\$&');
  const lineStarts = inline.replace(/^(\s*)([#>+-]|\d+\.)/gm, (_, space: string, mark: string) =>
    mark.endsWith('.') ? `${space}${mark.slice(0, -1)}\\.` : `${space}\\${mark}`,
  );
  return neutraliseMentions(lineStarts);
}
