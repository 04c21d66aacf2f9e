import { describe, expect, it } from 'vitest';
import {
  createResponseDelivery,
  type FallbackClient,
  RESPONSE_URL_LIFETIME_MS,
  RESPONSE_URL_MAX_USES,
} from '../../../adapters/slack/response-delivery.js';
import {
  classifyResponseUrlAnswer,
  type PostOutcome,
  parseRetryAfter,
  type ResponseMessage,
} from '../../../adapters/slack/response-url-post.js';
import { recordingLogger } from '../../support/recording-logger.js';

const START = 1_700_000_000_000;
const URL = 'https://hooks.example/commands/T0/1/secret-part';

const failed500: PostOutcome = { type: 'transient', status: 500, error: 'internal_error' };
const dropped: PostOutcome = { type: 'transient', error: 'UND_ERR_SOCKET' };
const taken: PostOutcome = { type: 'delivered', status: 200 };
const expired: PostOutcome = { type: 'permanent', status: 404, error: 'expired_url' };

/** A world with a scripted response_url, a clock that moves only when the delivery waits, and a Web API. */
function world(script: PostOutcome[], options: { failFallback?: boolean } = {}) {
  let now = START;
  const posts: ResponseMessage[] = [];
  const waits: number[] = [];
  const webApi: { method: string; args: object }[] = [];
  const logger = recordingLogger();
  const client: FallbackClient = {
    chat: {
      postEphemeral: async (args) => {
        webApi.push({ method: 'chat.postEphemeral', args });
        if (options.failFallback) throw new Error('An API error occurred: not_in_channel');
      },
      postMessage: async (args) => {
        webApi.push({ method: 'chat.postMessage', args });
      },
    },
  };
  const delivery = createResponseDelivery({
    post: async (url, message) => {
      expect(url).toBe(URL);
      posts.push(message);
      return script.shift() ?? taken;
    },
    sleep: async (ms) => {
      waits.push(ms);
      now += ms;
    },
    now: () => now,
    logger,
  });
  const responder = delivery.to({
    responseUrl: URL,
    client,
    channelId: 'C1',
    userId: 'U1',
    ids: { requestId: 'trig-1' },
  });
  return {
    responder,
    posts,
    waits,
    webApi,
    logger,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

const answer: ResponseMessage = { response_type: 'ephemeral', text: 'The answer', blocks: [] };

describe('createResponseDelivery', () => {
  it('delivers at the first post without waiting', async () => {
    const w = world([taken]);
    expect(await w.responder.send(answer)).toEqual({ type: 'delivered', via: 'response_url' });
    expect(w.posts).toEqual([answer]);
    expect(w.waits).toEqual([]);
  });

  it('retries transient failures after 1 s and 2 s, honouring Retry-After instead when given', async () => {
    const w = world([
      failed500,
      { type: 'transient', status: 429, retryAfterMs: 7000, error: 'rate' },
      taken,
    ]);
    expect(await w.responder.send(answer)).toEqual({ type: 'delivered', via: 'response_url' });
    expect(w.waits).toEqual([1000, 7000]);
    expect(w.posts).toHaveLength(3);
  });

  it('falls back to chat.postEphemeral after three failed posts', async () => {
    const w = world([failed500, dropped, failed500]);
    expect(await w.responder.send(answer)).toEqual({ type: 'delivered', via: 'chat.postEphemeral' });
    expect(w.posts).toHaveLength(3);
    expect(w.waits).toEqual([1000, 2000]);
    expect(w.webApi).toEqual([
      { method: 'chat.postEphemeral', args: { channel: 'C1', user: 'U1', text: 'The answer', blocks: [] } },
    ]);
  });

  it('never tries an expired or used URL again, for this message or the next', async () => {
    const w = world([expired]);
    expect(await w.responder.send(answer)).toEqual({ type: 'delivered', via: 'chat.postEphemeral' });
    expect(await w.responder.send({ ...answer, text: 'Second' })).toEqual({
      type: 'delivered',
      via: 'chat.postEphemeral',
    });
    expect(w.posts).toHaveLength(1);
    expect(w.waits).toEqual([]);
  });

  it('does not retry an invalid payload, but the URL still serves the next message', async () => {
    const w = world([{ type: 'permanent', status: 400, error: 'invalid_blocks' }, taken]);
    expect((await w.responder.send(answer)).type).toBe('delivered');
    expect(await w.responder.send({ ...answer, text: 'Second' })).toEqual({
      type: 'delivered',
      via: 'response_url',
    });
    expect(w.posts).toHaveLength(2);
  });

  it('counts every post against the five uses of a response_url, across messages', async () => {
    const w = world([failed500, failed500, failed500, taken, failed500]);
    expect((await w.responder.send(answer)).type).toBe('delivered');
    expect(await w.responder.send(answer)).toEqual({ type: 'delivered', via: 'response_url' });
    // The fifth use fails and no sixth is made: the third message goes by the Web API.
    expect(await w.responder.send(answer)).toEqual({ type: 'delivered', via: 'chat.postEphemeral' });
    expect(w.posts).toHaveLength(RESPONSE_URL_MAX_USES);
    // No wait for a sixth post that will not be made.
    expect(w.waits).toEqual([1000, 2000]);
  });

  it('stops trying the URL before its 30 minutes end', async () => {
    const w = world([]);
    w.advance(RESPONSE_URL_LIFETIME_MS - 30_000);
    expect(await w.responder.send(answer)).toEqual({ type: 'delivered', via: 'chat.postEphemeral' });
    expect(w.posts).toEqual([]);
  });

  it('does not wait past the URL’s validity or longer than a minute', async () => {
    const w = world([{ type: 'transient', status: 429, retryAfterMs: 120_000, error: 'rate' }]);
    expect(await w.responder.send(answer)).toEqual({ type: 'delivered', via: 'chat.postEphemeral' });
    expect(w.waits).toEqual([]);
  });

  it('posts an answer meant for the channel with chat.postMessage, without unfurls', async () => {
    const w = world([expired]);
    const shared: ResponseMessage = { response_type: 'in_channel', text: 'Shared', blocks: [] };
    expect(await w.responder.send(shared)).toEqual({ type: 'delivered', via: 'chat.postMessage' });
    expect(w.webApi).toEqual([
      {
        method: 'chat.postMessage',
        args: { channel: 'C1', text: 'Shared', blocks: [], unfurl_links: false, unfurl_media: false },
      },
    ]);
  });

  it('has no fallback for deleting the original: it stays, and the log says so', async () => {
    const w = world([expired]);
    expect(await w.responder.send({ delete_original: true })).toEqual({ type: 'undelivered' });
    expect(w.webApi).toEqual([]);
    expect(w.logger.entries.at(-1)).toMatchObject({ level: 'warn', obj: { requestId: 'trig-1' } });
  });

  it('logs an answer it could not deliver at all with the request id, the reason and the error', async () => {
    const w = world([expired], { failFallback: true });
    expect(await w.responder.send(answer)).toEqual({ type: 'undelivered' });
    const line = w.logger.entries.at(-1);
    expect(line).toMatchObject({
      level: 'error',
      msg: 'could not deliver a Slack answer',
      obj: { requestId: 'trig-1', reason: 'refused', status: 404, error: 'expired_url' },
    });
    expect(JSON.stringify(w.logger.entries)).not.toContain('secret-part');
  });
});

describe('classifyResponseUrlAnswer', () => {
  it.each<[number, string, PostOutcome['type']]>([
    [200, 'ok', 'delivered'],
    [204, '', 'delivered'],
    [429, 'rate_limited', 'transient'],
    [408, '', 'transient'],
    [500, 'internal_error', 'transient'],
    [503, '', 'transient'],
    [404, 'expired_url', 'permanent'],
    [404, 'used_url', 'permanent'],
    [400, 'invalid_blocks', 'permanent'],
    [403, 'action_prohibited', 'permanent'],
    [410, '', 'permanent'],
  ])('%i %s → %s', (status, body, type) => {
    expect(classifyResponseUrlAnswer(status, body, undefined).type).toBe(type);
  });

  it('keeps Slack’s short error, and Retry-After for a transient failure', () => {
    expect(classifyResponseUrlAnswer(429, 'rate_limited\n', 3000)).toEqual({
      type: 'transient',
      status: 429,
      retryAfterMs: 3000,
      error: 'rate_limited',
    });
    expect(classifyResponseUrlAnswer(502, '<html>'.repeat(100), undefined)).toMatchObject({
      error: expect.stringMatching(/^.{100}$/),
    });
  });
});

describe('parseRetryAfter', () => {
  it.each<[string | null, number | undefined]>([
    ['7', 7000],
    ['0', 0],
    [' 30 ', 30_000],
    [new Date(START + 12_000).toUTCString(), 12_000],
    [new Date(START - 5_000).toUTCString(), 0],
    ['soon', undefined],
    ['', undefined],
    [null, undefined],
  ])('%s → %s', (header, ms) => {
    expect(parseRetryAfter(header, START)).toBe(ms);
  });
});
