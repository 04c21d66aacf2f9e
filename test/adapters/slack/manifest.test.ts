import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SLACK_COMMAND } from '../../../adapters/slack/config.js';
import { FIND_RELATED_CALLBACK_ID } from '../../../adapters/slack/find-related.js';
import { buildCaseLinks } from '../../../src/index.js';
import { builtInBot } from '../../support/built-in-bot.js';

/** Slack's app manifest takes at most five unfurl domains. */
const SLACK_MAX_UNFURL_DOMAINS = 5;

const manifest = readFileSync(new URL('../../../adapters/slack/manifest.yml', import.meta.url), 'utf8');

/** The items of a YAML block list under `key:` (the manifest's lists are simple strings). */
function listUnder(key: string): string[] {
  const lines = manifest.split('\n');
  const start = lines.findIndex((l) => l.trim() === `${key}:`);
  if (start === -1) return [];
  const items: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.trim().startsWith('#')) continue;
    const item = /^\s+- (\S+)$/.exec(line);
    if (!item?.[1]) break;
    items.push(item[1]);
  }
  return items;
}

describe('manifest.yml', () => {
  it('registers the slash command the adapter answers by default', () => {
    expect(manifest).toContain(`- command: ${DEFAULT_SLACK_COMMAND}\n`);
  });

  it('sends commands, events and clicks to the path the receiver listens on', () => {
    expect(manifest.match(/(url|request_url): https:\/\/YOUR-HOST\/slack\/events\n/g)).toHaveLength(3);
    expect(manifest).toMatch(/interactivity:\n\s+is_enabled: true/);
  });

  it('subscribes to the events the adapter handles, with the scopes they need', () => {
    expect(listUnder('bot_events')).toEqual(['app_mention', 'message.im', 'link_shared', 'app_home_opened']);
    expect(listUnder('bot')).toEqual(
      expect.arrayContaining([
        'commands',
        'app_mentions:read',
        'chat:write',
        'im:history',
        'links:read',
        'links:write',
        // App Home: users.conversations for each kind of conversation, conversations.open.
        'channels:read',
        'groups:read',
        'im:read',
        'mpim:read',
        'im:write',
      ]),
    );
  });

  it('turns the Home tab on, beside the Messages tab people ask in', () => {
    expect(manifest).toMatch(
      /app_home:\n(\s+#.*\n)*\s+home_tab_enabled: true\n\s+(#.*\n\s+)*messages_tab_enabled: true/,
    );
  });

  it('offers "Find related cases" in every message menu, with the callback id the adapter handles', () => {
    expect(manifest).toContain(
      `  shortcuts:\n    - name: Find related cases\n      type: message\n      callback_id: ${FIND_RELATED_CALLBACK_ID}\n`,
    );
  });

  it('unfurls the domains of the built-in knowledge case pages, at most five as Slack allows', async () => {
    const bot = await builtInBot();
    const hosts = buildCaseLinks(bot.knowledge.cases).hosts();
    expect(hosts.length).toBeGreaterThan(0);
    expect(listUnder('unfurl_domains')).toEqual(hosts.slice(0, SLACK_MAX_UNFURL_DOMAINS));
  });
});
