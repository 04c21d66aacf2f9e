import type { APIEmbed, APIEmbedField } from 'discord.js';
import { type CaseHit, getCountry, whyRelated } from '../../src/index.js';
import { truncate } from '../shared/truncate.js';
import { escapeMarkdown, neutraliseMentions } from './escape.js';
import {
  DISCORD_MAX_EMBED_DESCRIPTION,
  DISCORD_MAX_EMBED_TITLE,
  DISCORD_MAX_FIELD_NAME,
  DISCORD_MAX_FIELD_VALUE,
  DISCORD_MAX_FOOTER,
  DISCORD_MAX_URL,
} from './limits.js';

/** casebot's colour on the embeds of its answers and digests. */
export const EMBED_COLOR = 0x2f6fb3;

/** A case as an embed: linked title, summary, facts as fields, and its id to `show`. */
export function renderCaseEmbed(hit: CaseHit): APIEmbed {
  const embed: APIEmbed = {
    color: EMBED_COLOR,
    title: truncate(escapeMarkdown(hit.title), DISCORD_MAX_EMBED_TITLE),
    description: textOf(hit.summary),
    footer: { text: truncate(neutraliseMentions(`id ${hit.id} · show ${hit.id}`), DISCORD_MAX_FOOTER) },
  };
  const url = safeUrl(hit.url);
  if (url) embed.url = url;
  const fields: APIEmbedField[] = [];
  if (hit.countries.length > 0) {
    const names = hit.countries.map((code) => {
      const country = getCountry(code);
      return country ? `${country.flag} ${country.name}` : code;
    });
    fields.push(
      field(hit.countries.length === 1 ? 'Country' : 'Countries', escapeMarkdown(names.join(', ')), true),
    );
  }
  if (hit.year !== undefined) fields.push(field('Year', String(hit.year), true));
  if (hit.level) fields.push(field('Level', escapeMarkdown(hit.level), true));
  if (hit.organisation) fields.push(field('Organisation', escapeMarkdown(hit.organisation), true));
  if (hit.tags.length > 0) fields.push(field('Tags', escapeMarkdown(hit.tags.join(', '))));
  if (hit.matched && hit.matched.length > 0) {
    fields.push(field('Why it matched', hit.matched.map((term) => `“${escapeMarkdown(term)}”`).join(', ')));
  }
  const related = whyRelated(hit);
  if (related) fields.push(field('Why it is alike', escapeMarkdown(related)));
  if (fields.length > 0) embed.fields = fields;
  return embed;
}

/** An embed field within its limits; Discord refuses an empty name or value. */
export function field(name: string, value: string, inline = false): APIEmbedField {
  const result: APIEmbedField = {
    name: truncate(name, DISCORD_MAX_FIELD_NAME) || '\u200b',
    value: truncate(value, DISCORD_MAX_FIELD_VALUE) || '\u200b',
  };
  if (inline) result.inline = true;
  return result;
}

/** User or case text as an embed description: escaped, within the limit. */
export function textOf(text: string): string {
  return truncate(escapeMarkdown(text), DISCORD_MAX_EMBED_DESCRIPTION);
}

/** An http(s) URL Discord will link, or `undefined`. */
function safeUrl(url: string | undefined): string | undefined {
  if (!url || url.length > DISCORD_MAX_URL) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
