/**
 * Turns message text as Slack sends it into the plain text the core understands: mentions of
 * the bot are dropped, other mentions and links become their labels, and the `&amp;` `&lt;`
 * `&gt;` entities Slack escapes are decoded. (The core never sees Slack markup.)
 */
export function parseMessageText(text: string, botUserId?: string): string {
  const withoutMarkup = text.replace(/<([^<>]*)>/g, (_whole, inner: string) => {
    const bar = inner.indexOf('|');
    const target = bar === -1 ? inner : inner.slice(0, bar);
    const label = bar === -1 ? undefined : inner.slice(bar + 1);
    if (target.startsWith('@')) {
      if (botUserId !== undefined && target.slice(1) === botUserId) return ' ';
      return label === undefined ? ' ' : `@${mentionLabel(label)}`;
    }
    if (target.startsWith('#')) return label === undefined ? ' ' : `#${label}`;
    // `<!here>`, `<!channel>`, `<!subteam^…>`, `<!date…>`: nothing the core could use.
    if (target.startsWith('!')) return label ?? ' ';
    if (label !== undefined) return label;
    return target.replace(/^mailto:/, '');
  });
  return withoutMarkup
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A person's label as one word (“Sam Smith” → `Sam_Smith`): the core reads `@` and one word as a
 * mention, so the rest of a full name would otherwise be searched.
 */
function mentionLabel(label: string): string {
  return (
    label
      .trim()
      .replace(/[^\p{L}\p{N}_.-]+/gu, '_')
      .slice(0, 32) || 'someone'
  );
}
