/** A link as Slack writes it, `<https://…|label>` or `<https://…>`. */
const SLACK_LINK = /<(https?:\/\/[^\s|>]+)(?:\|([^>]*))?>/giu;
/** A link typed or pasted bare, or as Discord writes it (`<https://…>` is read above). */
const BARE_LINK = /https?:\/\/[^\s<>|"'`)\]]+/giu;

/**
 * Links read as what they point at: a case's page as that case's id (so "similar to <link>" is
 * like that case), any other link as its label or nothing. A link's words ("https", "oecd",
 * "opsi", "org") are never searched nor taken for a place.
 */
export function spellLinks(text: string, caseOfLink?: (url: string) => string | undefined): string {
  const spelt = (url: string, label = '') => {
    const id = caseOfLink?.(url.replace(/[.,;:!?]+$/u, ''));
    return ` ${id ?? label} `;
  };
  return text
    .replace(SLACK_LINK, (_, url: string, label: string | undefined) => spelt(url, label))
    .replace(BARE_LINK, (url) => spelt(url));
}
