import { ComponentType } from 'discord.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderDiscordReply } from '../../../adapters/discord/render.js';
import { replyArbitrary, resultsArbitrary } from '../../support/reply-arbitrary.js';
import { expectWithinDiscordLimits, hostileText } from './discord-limits.js';
import { createButtonIds } from './memory-button-ids.js';

// Discord's own sizes: any field may run to 1,500 repeats of a hostile piece, past every limit.
const text = () => hostileText(1500);
const reply = replyArbitrary(text);
const results = resultsArbitrary(text);

describe('renderDiscordReply, for any reply', () => {
  it('stays within every Discord limit and pings no one', () => {
    fc.assert(
      fc.property(reply, (r) => {
        const payload = renderDiscordReply(r, { buttonIds: createButtonIds() });
        expect(payload.allowed_mentions).toEqual({ parse: [], replied_user: false });
        expectWithinDiscordLimits(payload);
      }),
      { numRuns: 300 },
    );
  });

  it('offers each filter menu its first options, most cases first, each replaying its own command', () => {
    fc.assert(
      fc.property(results, (r) => {
        const buttonIds = createButtonIds();
        const payload = renderDiscordReply(r, { buttonIds });
        const selects = payload.components.flatMap((row) =>
          row.components.flatMap((c) => (c.type === ComponentType.StringSelect ? [c] : [])),
        );
        for (const select of selects) {
          const menu = r.menus?.[Number(select.custom_id.slice('filter:'.length))];
          expect(menu).toBeDefined();
          const commands = select.options.map((o) => {
            const decoded = buttonIds.decode(o.value);
            return decoded.type === 'command' ? decoded.command : undefined;
          });
          // In the menu's order (most cases first), skipping only blank and repeated commands.
          const offered = [...new Set(menu?.options.map((o) => o.command).filter((c) => c.trim() !== ''))];
          expect(commands).toEqual(offered.slice(0, commands.length));
          expect(commands.length).toBe(Math.min(offered.length, 25));
        }
      }),
      { numRuns: 200 },
    );
  });
});
