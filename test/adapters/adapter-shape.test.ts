import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Both chat adapters have the same shape: a file name means the same job in adapters/slack/ and
// adapters/discord/, so whoever knows one adapter finds everything in the other. A file that
// exists on one side only is listed below, with the reason the other platform has no such job.

/**
 * The same job under each platform's own name: Bolt builds an `App`, discord.js a `Client`;
 * Slack's HTTP receiver and its gate are Discord's interactions endpoint and its gate; Slack
 * retries events by `event_id`, Discord interactions and messages are claimed by id.
 */
const SAME_JOB: Record<string, string> = {
  'app.ts': 'client.ts',
  'receiver.ts': 'interactions-endpoint.ts',
  'request-gate.ts': 'interaction-request-gate.ts',
  'event-deduper.ts': 'interaction-claims.ts',
  // A submitted digest form: Slack's view_submission, Discord's MODAL_SUBMIT.
  'handle-digest-modal.ts': 'handle-modal-submit.ts',
};

const SLACK_ONLY: Record<string, string[]> = {
  // Bolt's middleware counts each request in flight; Discord's handlers count their own.
  'Bolt middleware': ['track-requests.ts'],
  // Slack answers commands and clicks through a response_url; Discord through the interaction.
  'answers go to a response_url': ['response-url-post.ts'],
  // Block Kit builders; Discord's embeds are plain objects built in render-case.ts.
  'Block Kit': ['block-kit.ts'],
  // Bolt takes a logger object; discord.js reports through events main.ts logs.
  "Bolt's logger interface": ['bolt-logger.ts'],
  // The app's slash command, scopes and events, as Slack's app manifest declares them.
  'the app manifest': ['manifest.yml'],
  // Slack sends apps the links posted to their domains to preview; Discord sends bots no such event.
  'link unfurls': ['handle-unfurl.ts', 'render-unfurl.ts'],
  // Slack apps have a Home tab (search form, the person's channels' digests); Discord bots have none.
  'the App Home': [
    'app-home-handlers.ts',
    'handle-app-home.ts',
    'render-app-home.ts',
    'user-channels.ts',
    'search-modal.ts',
    'handle-search-modal.ts',
  ],
};

const DISCORD_ONLY: Record<string, string[]> = {
  // Slack's slash command takes free text (declared in manifest.yml); Discord's are registered
  // through its API with typed options, subcommands and autocomplete.
  'typed slash commands': [
    'command-spec.ts',
    'commands.ts',
    'digest-commands.ts',
    'command-usage.ts',
    'register-commands.ts',
    'autocomplete.ts',
  ],
  // Slack buttons carry a 2,000-character value; Discord's custom_id holds 100, so longer
  // commands are kept in the store, where every replica finds them.
  'button ids of 100 characters': ['button-ids.ts', 'button-contexts.ts'],
  // discord.js has no HTTP interactions: they are fed to its client, and its first response
  // captured as the HTTP answer. Bolt's receiver does both itself.
  'interactions over HTTP through discord.js': ['feed-interaction.ts', 'http-interaction-responses.ts'],
  // The gateway connection, opened by the replica holding the gateway lease.
  'the gateway session': ['gateway-session.ts'],
  // discord.js queues REST calls behind rate limits that the digest scheduler must bound.
  "discord.js's rate-limit queue": ['digest-rate-limits.ts'],
  // A gateway connection can be closed for good with a code; Slack has no such connection.
  'gateway close codes': ['describe-gateway-close.ts'],
  // Slack's HTTP server answers 503 while stopping; a Discord interaction needs a reply.
  'interactions during a stop': ['refuse-interaction.ts'],
};

const names = (dir: string) => readdirSync(dir).sort();

describe('the Slack and Discord adapters', () => {
  const slack = names('adapters/slack');
  const discord = names('adapters/discord');
  const slackOnly = Object.values(SLACK_ONLY).flat();
  const discordOnly = Object.values(DISCORD_ONLY).flat();

  it('have the same file for the same job', () => {
    const asDiscord = (name: string) => SAME_JOB[name] ?? name;
    expect(
      slack
        .filter((name) => !slackOnly.includes(name))
        .map(asDiscord)
        .sort(),
    ).toEqual(discord.filter((name) => !discordOnly.includes(name)));
  });

  it('list as one-sided only files that exist there', () => {
    expect(slackOnly.filter((name) => !slack.includes(name))).toEqual([]);
    expect(discordOnly.filter((name) => !discord.includes(name))).toEqual([]);
    expect(Object.entries(SAME_JOB).filter(([s, d]) => !slack.includes(s) || !discord.includes(d))).toEqual(
      [],
    );
  });

  it('share the jobs a newcomer looks for first', () => {
    for (const job of ['main.ts', 'config.ts', 'handlers.ts', 'limits.ts', 'payload.ts', 'render.ts']) {
      expect([slack.includes(job), discord.includes(job)], job).toEqual([true, true]);
    }
    for (const job of [
      'render-digest.ts',
      'digest-poster.ts',
      'digest-post-error.ts',
      'response-delivery.ts',
    ]) {
      expect([slack.includes(job), discord.includes(job)], job).toEqual([true, true]);
    }
  });

  it("catch a handler's failure in one place each: handlers.ts, which sends the core's apology", () => {
    const apologising = (dir: string, files: string[]) =>
      files.filter((name) => readFileSync(join(dir, name), 'utf8').includes('buildErrorReply'));
    expect(apologising('adapters/slack', slack)).toEqual(['handlers.ts']);
    expect(apologising('adapters/discord', discord)).toEqual(['handlers.ts']);
  });
});
