import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_USER, messageCreate, TEST_TOKEN } from './discord/discord-payloads.js';
import { FakeDiscord } from './discord/fake-discord.js';
import { freePort, msg, type NpmStart, npmStart } from './npm-start.js';
import { type FakeSlackApi, startFakeSlackApi } from './slack/fake-slack-api.js';
import { BOT_TOKEN, SIGNING_SECRET } from './slack/harness.js';
import { sendToSlackApp, slashCommandBody } from './slack/slack-requests.js';

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
    ]) {
      expect(stderr).toContain(variable);
    }
    expect(stderr).not.toContain('not-a-token');
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

    it('answers a signed Slack slash command at its response_url', async () => {
      const body = slashCommandBody({
        text: 'what has Korea done?',
        responseUrl: slackApi.responseUrl('korea'),
      });
      const response = await sendToSlackApp(`http://127.0.0.1:${port}/slack/events`, body, 'form', {
        secret: SIGNING_SECRET,
      });
      expect(response.status).toBe(200);
      const answer = await slackApi.waitFor(
        (call) => call.kind === 'respond' && call.name === 'korea',
        10_000,
      );
      expect(JSON.stringify(answer.body)).toContain('South Korea');
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
      await sendToSlackApp(`http://127.0.0.1:${port}/slack/events`, body, 'form', { secret: SIGNING_SECRET });
      const answer = await slackApi.waitFor((call) => call.kind === 'respond' && call.name === 'sub', 10_000);
      expect(JSON.stringify(answer.body)).toMatch(/every day at 09:00/i);
    });

    it('never logs a token or the signing secret', () => {
      const logs = run.stderr();
      expect(logs).toContain('casebot is running');
      for (const secret of [BOT_TOKEN, SIGNING_SECRET, TEST_TOKEN]) expect(logs).not.toContain(secret);
    });
  });
});
