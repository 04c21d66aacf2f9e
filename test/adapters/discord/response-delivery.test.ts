import { DiscordAPIError, HTTPError, RateLimitError } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { classifyDeliveryFailure } from '../../../adapters/discord/response-delivery.js';

const request = { body: undefined, files: undefined, json: undefined };

function apiError(code: number, status = 404) {
  return new DiscordAPIError(
    { code, message: 'x' },
    code,
    status,
    'PATCH',
    '/webhooks/1/t/messages/@original',
    request,
  );
}

function withCode(code: string, name = 'Error') {
  const err = new Error('network');
  err.name = name;
  return Object.assign(err, { code });
}

describe('classifyDeliveryFailure', () => {
  it.each<[string, unknown, ReturnType<typeof classifyDeliveryFailure>]>([
    ['Unknown interaction (10062)', apiError(10062), { type: 'gone' }],
    ['Unknown Webhook (10015)', apiError(10015), { type: 'gone' }],
    ['already acknowledged (40060)', apiError(40060, 400), { type: 'already-acknowledged' }],
    ['invalid form body (50035)', apiError(50035, 400), { type: 'refused' }],
    ['missing access (50001)', apiError(50001, 403), { type: 'refused' }],
    [
      'a 5xx left after discord.js’s retries',
      new HTTPError(502, 'Bad Gateway', 'PATCH', '/x', request),
      { type: 'transient' },
    ],
    ['a dropped connection', withCode('UND_ERR_SOCKET', 'SocketError'), { type: 'transient' }],
    ['a refused connection', withCode('ECONNREFUSED'), { type: 'transient' }],
    ['a timeout', Object.assign(new Error('aborted'), { name: 'AbortError' }), { type: 'transient' }],
    ['a bug', new TypeError('cannot read properties of undefined'), undefined],
    ['a discord.js state error', withCode('InteractionAlreadyReplied'), undefined],
    ['not an error', 'boom', undefined],
  ])('%s', (_what, err, expected) => {
    expect(classifyDeliveryFailure(err)).toEqual(expected);
  });

  it('keeps the wait of a rate limit discord.js was told not to wait out', () => {
    const err = new RateLimitError({
      timeToReset: 1200,
      limit: 5,
      method: 'POST',
      hash: 'h',
      url: '/x',
      route: '/x',
      majorParameter: '1',
      global: false,
      retryAfter: 1200,
      sublimitTimeout: 0,
      scope: 'user',
    });
    expect(classifyDeliveryFailure(err)).toEqual({ type: 'transient', retryAfterMs: 1200 });
  });
});
