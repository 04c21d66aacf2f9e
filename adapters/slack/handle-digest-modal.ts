import type {
  AllMiddlewareArgs,
  SlackCommandMiddlewareArgs,
  SlackViewMiddlewareArgs,
  ViewSubmitAction,
} from '@slack/bolt';
import { chatContext } from './chat-context.js';
import { renderDigestModal } from './digest-modal.js';
import { type HandlerDeps, postReplyIn, responderFor, type SlackRequest } from './handler-deps.js';
import { parseMessageText } from './parse-message-text.js';
import { renderSlackReply } from './render.js';

/** `/initiatives digest` alone asks for the form; with arguments it is the typed command. */
export function isDigestSetup(text: string): boolean {
  return parseMessageText(text).toLowerCase() === 'digest';
}

/** Opens the digest form (the command is acknowledged already); a failure is apologised for privately. */
export function openDigestModalRequest(
  { command, client }: SlackCommandMiddlewareArgs & AllMiddlewareArgs,
  deps: HandlerDeps,
): SlackRequest {
  const origin = { teamId: command.team_id, channelId: command.channel_id, userId: command.user_id };
  const ids = { kind: 'command:digest-form', requestId: command.trigger_id, ...origin };
  const respond = responderFor(deps.delivery, command.response_url, client, ids);
  return {
    ids,
    ctx: chatContext(origin, deps.config, { type: 'slash-command' }),
    answer: async () => {
      await client.views.open({
        trigger_id: command.trigger_id,
        view: renderDigestModal(command.channel_id),
      });
    },
    apologise: (apology) => respond.send({ response_type: 'ephemeral', ...renderSlackReply(apology) }),
  };
}

/** The channel the form was opened in, from its `private_metadata`; undefined if it was tampered with. */
function channelOf(metadata: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(metadata);
    const channelId =
      typeof parsed === 'object' && parsed !== null && 'channelId' in parsed ? parsed.channelId : undefined;
    return typeof channelId === 'string' && /^[CDG][A-Z0-9]{2,}$/.test(channelId) ? channelId : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A valid form (acknowledged already, which closed it): subscribed as `digest subscribe <args>`
 * typed in its channel would be, with the same permission checks, and the core's answer posted
 * there: in the channel when the core says everyone should see it, else to the submitter only.
 */
export function digestSubmissionRequest(
  { body, view, client }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs,
  deps: HandlerDeps,
  args: string,
): SlackRequest | undefined {
  const channelId = channelOf(view.private_metadata);
  if (channelId === undefined) {
    deps.logger.warn({ kind: 'view:digest-form', userId: body.user.id }, 'digest form names no channel');
    return undefined;
  }
  const userId = body.user.id;
  const origin = { teamId: body.team?.id, channelId, userId };
  const ids = { kind: 'view:digest-form', requestId: view.id, ...origin };
  const ctx = chatContext(origin, deps.config, { type: 'slash-command' });
  const send = postReplyIn(client, deps.config, { channelId, userId });
  return {
    ids,
    ctx,
    answer: async () => {
      await send(await deps.bot.answer(`digest subscribe ${args}`, ctx));
    },
    apologise: send,
  };
}
