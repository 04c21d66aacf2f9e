import { DefaultRestOptions, type RESTOptions, type ResponseLike } from 'discord.js';

/** What discord.js's REST hands to the network: the hook this module wraps. */
export type MakeRequest = RESTOptions['makeRequest'];

/** An interaction's initial response, to send as the HTTP response to Discord's POST. */
export interface InitialResponse {
  contentType: string;
  body: Buffer;
}

/** Waiting for one interaction's initial response. */
export interface PendingResponse {
  /** Resolves with what discord.js sent to the interaction's callback. */
  readonly response: Promise<InitialResponse>;
  /** Stops waiting (the HTTP request ended): a later callback goes to Discord's API as usual. */
  abandon(): void;
}

export interface HttpInteractionResponses {
  /** The REST client's `makeRequest`: diverts the callbacks of interactions that arrived over HTTP. */
  readonly makeRequest: MakeRequest;
  /** Call before the interaction reaches discord.js, so that its callback cannot be missed. */
  expect(interactionId: string): PendingResponse;
}

const CALLBACK_PATH = /\/interactions\/(\d+)\/[^/]+\/callback$/;

/**
 * Discord wants the initial response to an interaction it POSTed to casebot in the HTTP response
 * to that POST, not at the callback endpoint (which its documentation reserves for interactions
 * received over the gateway). casebot's handlers answer through discord.js (`reply`,
 * `deferReply`, `update`, `respond`…), which posts to the callback endpoint: this sits under
 * discord.js's REST client and hands such a post to the waiting HTTP response instead, answering
 * discord.js with the 204 Discord would have sent. Every other request (edits and follow-ups
 * through the interaction's webhook, digests, a callback asking `with_response`) goes out as
 * usual through `send`.
 */
export function createHttpInteractionResponses(
  send: MakeRequest = (url, init) => DefaultRestOptions.makeRequest(url, init),
): HttpInteractionResponses {
  const waiting = new Map<string, (response: InitialResponse) => void>();

  const makeRequest: MakeRequest = async (url, init) => {
    const parsed = new URL(url);
    const id = CALLBACK_PATH.exec(parsed.pathname)?.[1];
    const deliver = id === undefined ? undefined : waiting.get(id);
    // discord.js reads the callback's result only when it asked for one.
    if (id === undefined || !deliver || parsed.searchParams.get('with_response') === 'true')
      return send(url, init);
    waiting.delete(id);
    deliver(await toInitialResponse(init));
    return noContent();
  };

  return {
    makeRequest,
    expect(interactionId) {
      let abandoned = false;
      const response = new Promise<InitialResponse>((resolve) => {
        waiting.set(interactionId, resolve);
      });
      return {
        response,
        abandon() {
          if (abandoned) return;
          abandoned = true;
          waiting.delete(interactionId);
        },
      };
    },
  };
}

/** The body discord.js built (JSON, or multipart with files), as bytes with its content type. */
async function toInitialResponse(init: Parameters<MakeRequest>[1]): Promise<InitialResponse> {
  const declared = new Headers(init.headers as ConstructorParameters<typeof Headers>[0]).get('content-type');
  // A Response serialises whatever body discord.js built (string, bytes, FormData with its boundary).
  const serialised = new Response(init.body as ConstructorParameters<typeof Response>[0]);
  const contentType = declared ?? serialised.headers.get('content-type') ?? 'application/json';
  return { contentType, body: Buffer.from(await serialised.arrayBuffer()) };
}

function noContent(): ResponseLike {
  return {
    body: null,
    bodyUsed: false,
    headers: new Headers(),
    ok: true,
    status: 204,
    statusText: 'No Content',
    arrayBuffer: async () => new ArrayBuffer(0),
    json: async () => null,
    text: async () => '',
  };
}
