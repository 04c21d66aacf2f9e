import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../../adapters/shared/exit-codes.js';
import { freePort } from '../support/free-port.js';
import { BOT_USER, messageCreate, TEST_TOKEN } from './discord/discord-payloads.js';
import { FakeDiscord } from './discord/fake-discord.js';
import { createLifecycleWorld, type LifecycleWorld } from './lifecycle-world.js';
import { msg, type NpmStart, npmStart } from './npm-start.js';
import { type FakeSlackApi, startFakeSlackApi } from './slack/fake-slack-api.js';
import { BOT_TOKEN, SIGNING_SECRET } from './slack/harness.js';
import { sendToSlackApp, slashCommandBody } from './slack/slack-requests.js';
import { slashAnswer } from './slack/slash-answer.js';

describe('npm start', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'casebot-start-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('refuses a bad configuration, naming every bad variable at once, before connecting', async () => {
    const run = npmStart({
      SLACK_BOT_TOKEN: 'not-a-token',
      DISCORD_TOKEN: 'Bot abc',
      DIGEST_TZ: 'Mars/Olympus',
      LOG_LEVEL: 'loud',
      DRAIN_TIMEOUT: 'forever',
      DATABASE_URL: 'mysql://casebot:hunter2@db.example.org/casebot',
    });
    expect((await run.exited).code).toBe(1);
    const stderr = run.stderr();
    for (const variable of [
      'SLACK_BOT_TOKEN',
      'SLACK_SIGNING_SECRET',
      'DISCORD_TOKEN',
      'DIGEST_TZ',
      'LOG_LEVEL',
      'DRAIN_TIMEOUT',
      'DATABASE_URL',
    ]) {
      expect(stderr).toContain(variable);
    }
    expect(stderr).not.toContain('not-a-token');
    expect(stderr).not.toContain('hunter2');
  });

  describe('while Discord is still connecting', () => {
    let world: LifecycleWorld;
    beforeAll(async () => {
      world = await createLifecycleWorld();
    });
    afterAll(async () => {
      await world.close();
    });

    it('Slack already answers digest commands with the digest engine, then Discord joins', async () => {
      const identify = world.discord.holdIdentify();
      const run = npmStart({ ...world.slackEnv, ...world.discordEnv });
      try {
        await run.waitForLog('slack listening', (line) => msg(line) === 'slack adapter listening', 60_000);
        await identify.reached;

        const answer = await slashAnswer(
          await world.command('window', 'digest list'),
          world.slack,
          'window',
          30_000,
        );
        // The digest engine's answer for this channel, not the console's "Digests need a chat channel".
        expect(answer).toMatchObject({ response_type: 'in_channel' });
        expect(JSON.stringify(answer)).toContain('No digests in this channel');
        expect(JSON.stringify(answer)).not.toContain('need a chat channel');
        const subscribe = await world.command('subscribe', 'digest subscribe daily 09:00');
        const subscribed = await slashAnswer(subscribe, world.slack, 'subscribe', 30_000);
        expect(JSON.stringify(subscribed)).toMatch(/Digest [a-z0-9]+ subscribed/);
        expect(run.logs().some((line) => msg(line) === 'casebot is running')).toBe(false);

        identify.release();
        const running = await run.waitForLog(
          'casebot is running',
          (line) => msg(line) === 'casebot is running',
        );
        expect(running.running).toEqual(['slack', 'discord', 'digests']);
        process.kill(run.pid, 'SIGTERM');
        expect((await run.exited).code).toBe(EXIT_CODES.stopped);
      } finally {
        run.kill();
      }
    }, 120_000);
  });

  describe('with Slack and Discord configured', () => {
    let slackApi: FakeSlackApi;
    let discord: FakeDiscord;
    let run: NpmStart;
    let port: number;

    beforeAll(async () => {
      slackApi = await startFakeSlackApi();
      discord = await new FakeDiscord().listen();
      port = await freePort();
      run = npmStart({
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: slackApi.apiUrl,
        PORT: String(port),
        HOST: '127.0.0.1',
        DISCORD_TOKEN: TEST_TOKEN,
        DISCORD_API_URL: discord.apiUrl,
        DATA_DIR: dataDir,
        CACHE_DIR: join(dataDir, 'cache'),
      });
      await run.waitForLog('casebot is running', (line) => msg(line) === 'casebot is running', 30_000);
    }, 40_000);

    afterAll(async () => {
      process.kill(run.pid, 'SIGTERM');
      expect((await run.exited).code).toBe(0);
      expect(run.groupAlive()).toBe(false);
      await slackApi.close();
      await discord.close();
    });

    it('answers a signed Slack slash command (in its ack when quick, else at its response_url)', async () => {
      const body = slashCommandBody({
        text: 'what has Korea done?',
        responseUrl: slackApi.responseUrl('korea'),
      });
      const response = await sendToSlackApp(`http://127.0.0.1:${port}/slack/events`, body, 'form', {
        secret: SIGNING_SECRET,
      });
      expect(JSON.stringify(await slashAnswer(response, slackApi, 'korea'))).toContain('South Korea');
    });

    it('answers a Discord mention in its channel', async () => {
      const message = messageCreate({ content: `<@${BOT_USER.id}> countries`, mentionsBot: true });
      discord.dispatch('MESSAGE_CREATE', message);
      const sent = await discord.waitForRequest(
        (r) =>
          r.method === 'POST' && r.path.endsWith('/messages') && JSON.stringify(r.body).includes('countries'),
        'the answer',
      );
      expect(sent.body).toMatchObject({ allowed_mentions: { parse: [] } });
    });

    it('routes digest commands to the digest engine', async () => {
      const body = slashCommandBody({
        text: 'digest subscribe daily 09:00',
        responseUrl: slackApi.responseUrl('sub'),
      });
      const response = await sendToSlackApp(`http://127.0.0.1:${port}/slack/events`, body, 'form', {
        secret: SIGNING_SECRET,
      });
      expect(JSON.stringify(await slashAnswer(response, slackApi, 'sub'))).toMatch(/every day at 09:00/i);
    });

    it('never logs a token or the signing secret', () => {
      const logs = run.stderr();
      expect(logs).toContain('casebot is running');
      for (const secret of [BOT_TOKEN, SIGNING_SECRET, TEST_TOKEN]) expect(logs).not.toContain(secret);
    });
  });
});
