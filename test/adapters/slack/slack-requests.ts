import { createHmac } from 'node:crypto';

/** Slack's request signature: `v0=` HMAC-SHA256 of `v0:<timestamp>:<body>` with the signing secret. */
export function signature(secret: string, timestamp: number | string, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SendOptions {
  secret?: string;
  /** Seconds; defaults to the real time, since Bolt's staleness check reads the real clock. */
  timestamp?: number;
  /** Sign this body but send `body` (a tampered request). */
  signedBody?: string;
  unsigned?: boolean;
  headers?: Record<string, string>;
}

/** Posts a body to the app exactly as Slack does: form or JSON, signed, timestamped. */
export async function sendToSlackApp(
  url: string,
  body: string,
  contentType: 'form' | 'json',
  options: SendOptions = {},
): Promise<Response> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': contentType === 'form' ? 'application/x-www-form-urlencoded' : 'application/json',
    ...options.headers,
  };
  if (!options.unsigned) {
    headers['x-slack-request-timestamp'] = String(timestamp);
    headers['x-slack-signature'] = signature(options.secret ?? '', timestamp, options.signedBody ?? body);
  }
  return fetch(url, { method: 'POST', headers, body });
}

export interface SlashCommandFields {
  text: string;
  responseUrl: string;
  command?: string;
  userId?: string;
  channelId?: string;
  teamId?: string;
  triggerId?: string;
}

/** A slash command's form body, with the fields Slack sends. */
export function slashCommandBody(f: SlashCommandFields): string {
  return new URLSearchParams({
    token: 'deprecated-verification-token',
    team_id: f.teamId ?? 'T0TEAM',
    team_domain: 'example',
    channel_id: f.channelId ?? 'C0GENERAL',
    channel_name: 'general',
    user_id: f.userId ?? 'U0ASKER',
    user_name: 'asker',
    command: f.command ?? '/initiatives',
    text: f.text,
    api_app_id: 'A0CASEBOT',
    is_enterprise_install: 'false',
    response_url: f.responseUrl,
    trigger_id: f.triggerId ?? `trigger-${Math.random().toString(36).slice(2)}`,
  }).toString();
}

/** An Events API `event_callback` JSON body. */
export function eventBody(event: Record<string, unknown>, eventId: string, teamId = 'T0TEAM'): string {
  return JSON.stringify({
    token: 'deprecated-verification-token',
    team_id: teamId,
    api_app_id: 'A0CASEBOT',
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: 1_700_000_000,
    authorizations: [{ team_id: teamId, user_id: 'UCASEBOT', is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  });
}

export interface BlockActionFields {
  actionId: string;
  value: string;
  /** Absent for a button in a link preview, for which Slack sends none. */
  responseUrl?: string;
  userId?: string;
  channelId?: string;
  ephemeral?: boolean;
  /** Makes the action a `static_select` choice whose option carries `value`, shown as this text. */
  selectedText?: string;
  /** A button of a link preview (chat.unfurl): the container is the preview's attachment. */
  unfurl?: { url: string };
}

/** A `block_actions` interaction: form body with one `payload=` JSON field. */
export function blockActionsBody(f: BlockActionFields): string {
  const channelId = f.channelId ?? 'C0GENERAL';
  const payload = {
    type: 'block_actions',
    user: { id: f.userId ?? 'U0ASKER', username: 'asker', name: 'asker', team_id: 'T0TEAM' },
    api_app_id: 'A0CASEBOT',
    token: 'deprecated-verification-token',
    container: f.unfurl
      ? {
          type: 'message_attachment',
          message_ts: '1700000001.000100',
          attachment_id: 1,
          channel_id: channelId,
          is_ephemeral: false,
          is_app_unfurl: true,
          app_unfurl_url: f.unfurl.url,
        }
      : {
          type: 'message',
          message_ts: '1700000001.000100',
          channel_id: channelId,
          is_ephemeral: f.ephemeral ?? true,
        },
    ...(f.unfurl ? { app_unfurl: { id: 1, app_unfurl_url: f.unfurl.url, is_app_unfurl: true } } : {}),
    trigger_id: `trigger-${Math.random().toString(36).slice(2)}`,
    team: { id: 'T0TEAM', domain: 'example' },
    channel: { id: channelId, name: channelId.startsWith('D') ? 'directmessage' : 'general' },
    ...(f.responseUrl === undefined ? {} : { response_url: f.responseUrl }),
    actions: [
      f.selectedText === undefined
        ? {
            type: 'button',
            action_id: f.actionId,
            block_id: 'casebot_b9',
            text: { type: 'plain_text', text: 'Button', emoji: true },
            value: f.value,
            action_ts: '1700000002.000300',
          }
        : {
            type: 'static_select',
            action_id: f.actionId,
            block_id: 'casebot_b9',
            selected_option: {
              text: { type: 'plain_text', text: f.selectedText, emoji: true },
              value: f.value,
            },
            placeholder: { type: 'plain_text', text: 'Filter', emoji: true },
            action_ts: '1700000002.000300',
          },
    ],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export interface LinkSharedFields {
  urls: string[];
  channelId?: string;
  messageTs?: string;
  userId?: string;
  /** A link still in the message composer: Slack names it by `unfurl_id`. */
  composer?: { unfurlId: string };
}

/** The `link_shared` event Slack sends for links to a domain under `unfurl_domains`. */
export function linkSharedEvent(f: LinkSharedFields): Record<string, unknown> {
  const event: Record<string, unknown> = {
    type: 'link_shared',
    channel: f.composer ? 'COMPOSER' : (f.channelId ?? 'C0GENERAL'),
    is_bot_user_member: true,
    user: f.userId ?? 'U0ASKER',
    message_ts: f.messageTs ?? '1700000050.000100',
    links: f.urls.map((url) => ({ domain: new URL(url).hostname, url })),
    event_ts: '1700000050.000200',
  };
  if (f.composer) {
    event.unfurl_id = f.composer.unfurlId;
    event.source = 'composer';
  } else {
    event.source = 'conversations_history';
  }
  return event;
}

export interface MessageShortcutFields {
  callbackId: string;
  /** The text of the message the shortcut was used on, as Slack sends it (markup included). */
  text: string;
  responseUrl: string;
  userId?: string;
  channelId?: string;
  triggerId?: string;
}

/** A message shortcut (`message_action`) on someone's message: form body with one `payload=` field. */
export function messageShortcutBody(f: MessageShortcutFields): string {
  const channelId = f.channelId ?? 'C0GENERAL';
  const payload = {
    type: 'message_action',
    token: 'deprecated-verification-token',
    action_ts: '1700000060.000100',
    team: { id: 'T0TEAM', domain: 'example' },
    user: { id: f.userId ?? 'U0ASKER', username: 'asker', name: 'asker', team_id: 'T0TEAM' },
    channel: { id: channelId, name: channelId.startsWith('D') ? 'directmessage' : 'general' },
    is_enterprise_install: false,
    callback_id: f.callbackId,
    trigger_id: f.triggerId ?? `trigger-${Math.random().toString(36).slice(2)}`,
    response_url: f.responseUrl,
    message_ts: '1700000055.000100',
    message: { type: 'message', user: 'U0COLLEAGUE', ts: '1700000055.000100', text: f.text },
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** A `view_submission` of a modal: form body with one `payload=` field. */
export function viewSubmissionBody(f: {
  callbackId: string;
  privateMetadata: string;
  values: Record<string, Record<string, Record<string, unknown>>>;
  userId?: string;
}): string {
  const payload = {
    type: 'view_submission',
    team: { id: 'T0TEAM', domain: 'example' },
    user: { id: f.userId ?? 'U0ASKER', username: 'asker', name: 'asker', team_id: 'T0TEAM' },
    api_app_id: 'A0CASEBOT',
    token: 'deprecated-verification-token',
    trigger_id: `trigger-${Math.random().toString(36).slice(2)}`,
    view: {
      id: `V${Math.random().toString(36).slice(2, 10).toUpperCase()}`,
      team_id: 'T0TEAM',
      type: 'modal',
      callback_id: f.callbackId,
      private_metadata: f.privateMetadata,
      state: { values: f.values },
      hash: '1700000070.abc',
      blocks: [],
      title: { type: 'plain_text', text: 'Form' },
      app_id: 'A0CASEBOT',
      bot_id: 'BCASEBOT',
    },
    response_urls: [],
    is_enterprise_install: false,
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** A button clicked in casebot's App Home tab: no channel, no response_url, the home view as container. */
export function homeActionBody(f: { actionId: string; value: string; userId?: string }): string {
  const payload = {
    type: 'block_actions',
    user: { id: f.userId ?? 'U0ASKER', username: 'asker', name: 'asker', team_id: 'T0TEAM' },
    api_app_id: 'A0CASEBOT',
    token: 'deprecated-verification-token',
    container: { type: 'view', view_id: 'V0HOME' },
    trigger_id: `trigger-${Math.random().toString(36).slice(2)}`,
    team: { id: 'T0TEAM', domain: 'example' },
    is_enterprise_install: false,
    view: {
      id: 'V0HOME',
      team_id: 'T0TEAM',
      type: 'home',
      callback_id: 'casebot_home',
      blocks: [],
      private_metadata: '',
      state: { values: {} },
      hash: '1700000080.abc',
      app_id: 'A0CASEBOT',
      bot_id: 'BCASEBOT',
    },
    actions: [
      {
        type: 'button',
        action_id: f.actionId,
        block_id: 'casebot_home_digest_0',
        text: { type: 'plain_text', text: 'Button', emoji: true },
        value: f.value,
        action_ts: '1700000081.000300',
      },
    ],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** The `app_home_opened` event Slack sends when a person opens a tab of the app. */
export function appHomeOpenedEvent(f: { userId?: string; tab?: 'home' | 'messages' } = {}) {
  const userId = f.userId ?? 'U0ASKER';
  return {
    type: 'app_home_opened',
    user: userId,
    channel: `D${userId.slice(1)}`,
    tab: f.tab ?? 'home',
    event_ts: '1700000090.000100',
  };
}
