import { createServer, type Server, type ServerResponse } from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpDrain } from '../../../adapters/shared/http-drain.js';
import { createInFlight } from '../../../adapters/shared/in-flight.js';

let server: Server | undefined;
const sockets: Socket[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  if (server?.listening) await new Promise((resolve) => server?.close(resolve));
});

/** A server whose handler keeps each response open until the test ends it. */
async function holdingServer() {
  const held: ServerResponse[] = [];
  const arrived: (() => void)[] = [];
  server = createServer((_req, res) => {
    held.push(res);
    arrived.shift()?.();
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const nextRequest = () => new Promise<void>((resolve) => arrived.push(resolve));
  return { server, port, held, nextRequest };
}

/** A raw keep-alive connection, so the test decides exactly when each request is sent. */
async function rawConnection(port: number) {
  const socket = connect(port, '127.0.0.1');
  sockets.push(socket);
  await new Promise((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  let received = '';
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  socket.on('data', (chunk: Buffer) => {
    received += chunk.toString();
  });
  return {
    send: (path: string) => socket.write(`GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n`),
    write: (text: string) => socket.write(text),
    received: () => received,
    /** Resolves once what was received matches. */
    receivedMatching: (pattern: RegExp) =>
      new Promise<void>((resolve) => {
        const check = () => {
          if (!pattern.test(received)) return;
          socket.off('data', check);
          resolve();
        };
        socket.on('data', check);
        check();
      }),
    closed,
  };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('createHttpDrain', () => {
  it('counts a request from its arrival until its response closes', async () => {
    const { server, port, held, nextRequest } = await holdingServer();
    const inFlight = createInFlight();
    createHttpDrain(server, inFlight, 'test:http');
    const connection = await rawConnection(port);
    const arrived = nextRequest();
    connection.send('/a');
    await arrived;
    expect(inFlight.pending().map((e) => e.kind)).toEqual(['test:http']);
    held[0]?.end('done');
    await inFlight.idle();
    await connection.receivedMatching(/done$/);
    // The response did not end the connection: it is kept alive, as before any drain.
    expect(connection.received()).toMatch(/connection: keep-alive/i);
  });

  it('once closing: the response in flight finishes and ends its connection, and new connections are refused', async () => {
    const { server, port, held, nextRequest } = await holdingServer();
    const inFlight = createInFlight();
    const drain = createHttpDrain(server, inFlight, 'test:http');
    const connection = await rawConnection(port);
    const arrived = nextRequest();
    connection.send('/a');
    await arrived;

    let closed = false;
    const closing = drain.close().then(() => (closed = true));
    await expect(rawConnection(port)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    await tick();
    expect(closed).toBe(false);

    held[0]?.end('answer');
    await connection.closed;
    await closing;
    expect(connection.received()).toMatch(/^HTTP\/1\.1 200 OK\r\n[\s\S]*connection: close[\s\S]*answer$/i);
    expect(inFlight.size).toBe(0);
  });

  it('takes no request that arrives on a kept-alive connection during the drain', async () => {
    const { server, port, held, nextRequest } = await holdingServer();
    const inFlight = createInFlight();
    const drain = createHttpDrain(server, inFlight, 'test:http');
    const connection = await rawConnection(port);
    const arrived = nextRequest();
    connection.send('/a');
    await arrived;
    // Headers already sent: this response cannot say `Connection: close` any more.
    held[0]?.writeHead(200, { 'content-length': '6' });
    held[0]?.flushHeaders();
    const closing = drain.close();
    // Sent on the same connection before the answer: Node would hand it over once /a is done.
    connection.send('/b');
    held[0]?.end('answer');
    await connection.closed;
    await closing;

    expect(held).toHaveLength(1);
    expect(connection.received().match(/HTTP\/1\.1 200/g)).toHaveLength(1);
    expect(connection.received()).not.toMatch(/HTTP\/1\.1 [^2]/);
    expect(inFlight.size).toBe(0);
  });

  it('answers 503 with Connection: close to a request still arriving when the drain began', async () => {
    const { server, port, held } = await holdingServer();
    const inFlight = createInFlight();
    const drain = createHttpDrain(server, inFlight, 'test:http');
    const connection = await rawConnection(port);
    connection.write('POST /slack/events HTTP/1.1\r\n');
    await tick();
    const closing = drain.close();
    connection.write('Host: x\r\nContent-Length: 2\r\n\r\n{}');
    await connection.closed;
    await closing;

    expect(held).toHaveLength(0);
    expect(connection.received()).toMatch(/^HTTP\/1\.1 503 Service Unavailable\r\n/);
    expect(connection.received()).toMatch(/retry-after: 5/i);
    expect(connection.received()).toMatch(/connection: close/i);
  });
});
