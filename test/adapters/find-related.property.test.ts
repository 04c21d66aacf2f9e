import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderDiscordReply } from '../../adapters/discord/render.js';
import { parseMessageText } from '../../adapters/slack/parse-message-text.js';
import { renderSlackReply } from '../../adapters/slack/render.js';
import { buildCaseLinks, MAX_MESSAGE_LENGTH, parseIntent, relatedCommands } from '../../src/index.js';
import { builtInBot } from '../support/built-in-bot.js';
import { hostileText as discordText, expectWithinDiscordLimits } from './discord/discord-limits.js';
import { createButtonIds } from './discord/memory-button-ids.js';
import { limitProblems, markupProblems, hostileText as slackText } from './slack/slack-limits.js';

// "Find related cases" takes any colleague's message: whatever it says, the commands stay a
// question the core reads as asked, and the answers render within Slack's and Discord's limits.

const bot = await builtInBot();
const links = buildCaseLinks(bot.knowledge.cases);
const caseUrls = bot.knowledge.cases.flatMap((c) => (c.url ? [c.url] : []));
const message = (text: fc.Arbitrary<string>) =>
  fc
    .tuple(text, fc.option(fc.constantFrom(...caseUrls), { nil: undefined }), fc.nat({ max: 6_000 }))
    .map(([t, url, pad]) => `${t}${' word'.repeat(pad % 8_000)}${url ? ` <${url}|link>` : ''}`);

describe('relatedCommands on any message', () => {
  it('gives one to two commands the core reads as similar cases, a case or help, never longer than a question', () => {
    fc.assert(
      fc.property(message(slackText(3000)), (text) => {
        const commands = relatedCommands({ links: text, plain: parseMessageText(text) }, links);
        expect(commands.length).toBeGreaterThanOrEqual(1);
        expect(commands.length).toBeLessThanOrEqual(2);
        for (const command of commands) {
          expect(command.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
          expect(['show', 'similar', 'help']).toContain(command.split(' ')[0]);
          expect(['show', 'similar', 'help']).toContain(parseIntent(command).type);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('answers that render within Slack limits, pinging nobody', async () => {
    await fc.assert(
      fc.asyncProperty(message(slackText(2000)), async (text) => {
        const ctx = { platform: 'slack', surface: { type: 'slash-command' } } as const;
        for (const command of relatedCommands({ links: text, plain: parseMessageText(text) }, links)) {
          const rendered = renderSlackReply(await bot.answer(command, ctx), {
            commandPrefix: '/initiatives',
          });
          expect(limitProblems(rendered)).toEqual([]);
          expect(markupProblems(rendered)).toEqual([]);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('answers that render within Discord limits, pinging nobody', async () => {
    await fc.assert(
      fc.asyncProperty(message(discordText(400)), async (text) => {
        const ctx = { platform: 'discord', surface: { type: 'slash-command' } } as const;
        for (const command of relatedCommands({ links: text, plain: text }, links)) {
          const payload = renderDiscordReply(await bot.answer(command, ctx), {
            buttonIds: createButtonIds(),
          });
          expectWithinDiscordLimits(payload);
        }
      }),
      { numRuns: 80 },
    );
  });
});
