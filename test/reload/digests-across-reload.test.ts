import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDigests } from '../../adapters/shared/open-digests.js';
import { type ChatContext, createReloadingBot } from '../../src/index.js';
import { FakePoster, fakeClock, fakeTimer, recordingLogger } from '../digests/digest-fixtures.js';

const ctx: ChatContext = {
  platform: 'slack',
  surface: { type: 'slash-command' },
  teamId: 'T1',
  channelId: 'C1',
  userId: 'U1',
  canManageDigests: true,
};

/** Cases from France about one made-up word each, so a post says which knowledge it came from. */
function casesAbout(word: string, count: number): string {
  return Array.from({ length: count }, (_, i) =>
    JSON.stringify({
      title: `${word} initiative ${i}`,
      summary: `A French city tested ${word} number ${i} with residents and published what it learnt.`,
      countries: ['FR'],
      year: 2020 + i,
    }),
  ).join('\n');
}

let knowledgeDir: string;
let dataDir: string;
beforeEach(async () => {
  knowledgeDir = await mkdtemp(join(tmpdir(), 'casebot-reload-knowledge-'));
  dataDir = await mkdtemp(join(tmpdir(), 'casebot-reload-data-'));
  await writeFile(join(knowledgeDir, 'cases.jsonl'), casesAbout('quokkas', 4));
});
afterEach(async () => {
  await rm(knowledgeDir, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
});

describe('digests across a knowledge reload', () => {
  it('post the cases of the knowledge in effect: new cases included, cases gone skipped', async () => {
    const clock = fakeClock('2026-11-24T08:00:00Z');
    const logger = recordingLogger();
    const opened = await openDigests({
      store: { dataDir },
      config: { timezone: 'UTC', catchupMs: 3_600_000 },
      logger,
      now: clock.now,
      timer: fakeTimer(),
    });
    if (opened.type !== 'available') throw opened.error;
    const { bot, reload } = await createReloadingBot({ knowledgeDir, digests: opened.handler, logger });
    const poster = new FakePoster(clock);
    const digests = opened.start({ knowledge: bot, posters: { slack: poster } });
    try {
      await digests.ready;
      const subscribed = await bot.answer('digest subscribe daily 09:00 country France count 3', ctx);
      expect(subscribed.type).toBe('digest');

      clock.set('2026-11-24T09:00:00Z');
      await digests.scheduler.tick();
      const posted = (i: number) => {
        const message = poster.posts[i]?.message;
        return [...(message?.newCases ?? []), ...(message?.cases ?? [])].map((c) => c.title);
      };
      expect(posted(0)).toHaveLength(3);
      const quokkas = casesAbout('quokkas', 4).split('\n');
      const unposted = quokkas.findIndex((_, i) => !posted(0).includes(`quokkas initiative ${i}`));

      // The quokka case not posted yet leaves the collection, and a new case arrives.
      const kept = quokkas.filter((_, i) => i !== unposted).join('\n');
      await writeFile(join(knowledgeDir, 'cases.jsonl'), `${kept}\n${casesAbout('axolotls', 1)}`);
      expect(await reload()).toMatchObject({ type: 'reloaded', added: 1, removed: 1 });

      clock.set('2026-11-25T09:00:00Z');
      await digests.scheduler.tick();
      expect(poster.posts).toHaveLength(2);
      expect(posted(1)).toContain('axolotls initiative 0');
      expect(posted(1)).not.toContain(`quokkas initiative ${unposted}`);
      expect(logger.entries.filter((e) => e.level === 'error')).toEqual([]);
    } finally {
      await digests.stop();
    }
  });
});
