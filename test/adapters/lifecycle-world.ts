import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { silentLogger } from '../../src/index.js';
import { freePort } from '../support/free-port.js';
import { startTestDigests } from '../support/start-test-digests.js';
import { TEST_TOKEN } from './discord/discord-payloads.js';
import { FakeDiscord } from './discord/fake-discord.js';
import { msg, type NpmStart, npmStart } from './npm-start.js';
import { type FakeSlackApi, startFakeSlackApi } from './slack/fake-slack-api.js';
import { BOT_TOKEN, SIGNING_SECRET } from './slack/harness.js';
import { sendToSlackApp, slashCommandBody } from './slack/slack-requests.js';

/** The fakes, a DATA_DIR and the variables that point `npm start` at them. */
export interface LifecycleWorld {
  slack: FakeSlackApi;
  discord: FakeDiscord;
  dataDir: string;
  port: number;
  /** The variables for Slack (HTTP on `port`) and the digests. */
  slackEnv: Record<string, string>;
  /** The variables for Discord. */
  discordEnv: Record<string, string>;
  /** Starts `npm start` with these variables and waits until casebot runs. */
  start(env: Record<string, string>): Promise<NpmStart>;
  /** Sends a signed slash command whose answer goes to the response_url named `id`. */
  command(id: string, text?: string): Promise<Response>;
  close(): Promise<void>;
}

export async function createLifecycleWorld(): Promise<LifecycleWorld> {
  const slack = await startFakeSlackApi();
  const discord = await new FakeDiscord({ waitTimeoutMs: 30_000 }).listen();
  const dataDir = await mkdtemp(join(tmpdir(), 'casebot-lifecycle-'));
  const port = await freePort();
  const runs: NpmStart[] = [];
  const common = { DATA_DIR: dataDir, CACHE_DIR: join(dataDir, 'cache'), DIGEST_TZ: 'UTC' };
  return {
    slack,
    discord,
    dataDir,
    port,
    slackEnv: {
      ...common,
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      // The drain is about answers still on their way to the response_url: every one goes there.
      SLACK_ANSWER_IN_ACK_MS: '0',
      PORT: String(port),
      HOST: '127.0.0.1',
    },
    discordEnv: { ...common, DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: discord.apiUrl },
    async start(env) {
      const run = npmStart(env);
      runs.push(run);
      await run.waitForLog('casebot is running', (line) => msg(line) === 'casebot is running', 60_000);
      return run;
    },
    command(id, text = 'mental health') {
      const body = slashCommandBody({ text, responseUrl: slack.responseUrl(id), triggerId: `trigger-${id}` });
      return sendToSlackApp(`http://127.0.0.1:${port}/slack/events`, body, 'form', {
        secret: SIGNING_SECRET,
      });
    },
    async close() {
      for (const run of runs) run.kill();
      discord.releaseAll();
      await slack.close();
      await discord.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Subscribes Slack channel `channelId` to a daily digest whose latest slot was five minutes
 * ago, in `dataDir`'s database, as if done an hour before: the next start posts it (late).
 */
export async function seedDueDigest(dataDir: string, channelId: string, databaseUrl?: string): Promise<void> {
  const slot = new Date(Date.now() - 5 * 60_000);
  const subscribedAt = new Date(slot.getTime() - 60 * 60_000);
  const { bot, digests } = await startTestDigests({
    posters: {},
    dataDir,
    ...(databaseUrl ? { databaseUrl } : {}),
    now: () => subscribedAt,
    logger: silentLogger,
  });
  const reply = await bot.answer(`digest subscribe daily ${slot.toISOString().slice(11, 16)}`, {
    platform: 'slack',
    teamId: 'T0TEAM',
    channelId,
    userId: 'U0ASKER',
    canManageDigests: true,
    surface: { type: 'slash-command' },
  });
  expect(reply.type).toBe('digest');
  await digests.stop();
}
