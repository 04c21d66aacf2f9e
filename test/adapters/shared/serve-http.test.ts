import { afterEach, describe, expect, it } from 'vitest';
import { createInFlight } from '../../../adapters/shared/in-flight.js';
import { type ServedHttp, serveHttp } from '../../../adapters/shared/serve-http.js';

let served: ServedHttp | undefined;
afterEach(async () => {
  await served?.close();
  served = undefined;
});

describe('serveHttp (Discord interactions on their own port)', () => {
  it('serves its routes by exact path, 404 elsewhere, and counts each request until answered', async () => {
    const inFlight = createInFlight();
    let seen = 0;
    served = await serveHttp({
      port: 0,
      host: '127.0.0.1',
      routes: {
        '/discord/interactions': (_req, res) => {
          seen = inFlight.size;
          res.end('ok');
        },
      },
      inFlight,
      kind: 'discord:http',
    });
    const base = `http://127.0.0.1:${served.port}`;
    const hit = await fetch(`${base}/discord/interactions?x=1`, { method: 'POST', body: '{}' });
    expect([hit.status, await hit.text()]).toEqual([200, 'ok']);
    expect(seen).toBe(1);
    expect((await fetch(`${base}/discord/interactions/extra`)).status).toBe(404);
    expect((await fetch(`${base}/`)).status).toBe(404);
    expect(inFlight.size).toBe(0);
  });

  it('takes no connection once closed', async () => {
    served = await serveHttp({
      port: 0,
      host: '127.0.0.1',
      routes: {},
      inFlight: createInFlight(),
      kind: 'x',
    });
    const { port } = served;
    await served.close();
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
  });
});
