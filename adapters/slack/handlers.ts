import type { App, ViewSubmitAction } from '@slack/bolt';
import type { Logger } from 'pino';
import { buildErrorReply } from '../../src/index.js';
import { registerAppHome } from './app-home-handlers.js';
import { DIGEST_MODAL_CALLBACK_ID, readDigestForm, type SubmittedValues } from './digest-modal.js';
import { FIND_RELATED_CALLBACK_ID, findRelatedRequest } from './find-related.js';
import { digestSubmissionRequest, isDigestSetup, openDigestModalRequest } from './handle-digest-modal.js';
import { buttonRequest, slashCommandRequest } from './handle-interaction.js';
import { directMessageRequest, mentionRequest } from './handle-message.js';
import { linkSharedRequest } from './handle-unfurl.js';
import type { HandlerDeps, SlackRequest } from './handler-deps.js';
import { HOME_ACTION_ID_PATTERN } from './render-app-home.js';
import { ACTION_ID_PATTERN } from './render-buttons.js';

/**
 * The one place a handler's failure is caught: logged with the request's ids, the core's
 * apology to the user, and the app keeps running.
 */
async function answerGuarded(log: Logger, request: SlackRequest | undefined): Promise<void> {
  if (request === undefined) return;
  const { ids, ctx } = request;
  const started = performance.now();
  try {
    await request.answer();
    log.debug({ ...ids, ms: Math.round(performance.now() - started) }, 'slack request answered');
  } catch (err) {
    log.error({ err, ...ids }, 'slack request failed');
    try {
      await request.apologise(buildErrorReply(ctx));
    } catch (apologyErr) {
      log.error({ err: apologyErr, ...ids }, 'could not send the apology');
    }
  }
}

/** Every action id that neither {@link ACTION_ID_PATTERN} nor the home's own match. */
const NOT_CASEBOT_ACTION = new RegExp(
  `^(?!(?:${[ACTION_ID_PATTERN, HOME_ACTION_ID_PATTERN].map((p) => p.source.slice(1, -1)).join('|')})$)`,
);

/**
 * Slash command, mentions, direct messages, buttons, links to cases, the message shortcut, the
 * digest form, the App Home.
 */
export function registerHandlers(app: App, deps: HandlerDeps): void {
  const { config, logger } = deps;

  app.command(config.command, async (args) => {
    if (isDigestSetup(args.command.text ?? '')) {
      await args.ack();
      await answerGuarded(logger, openDigestModalRequest(args, deps));
      return;
    }
    // Acknowledged by the request itself: with the answer when it is ready in time.
    await answerGuarded(logger, slashCommandRequest(args, deps));
  });

  // The digest form: mistakes shown under their fields; a valid one closes, then subscribes.
  app.view<ViewSubmitAction>(
    { callback_id: DIGEST_MODAL_CALLBACK_ID, type: 'view_submission' },
    async (args) => {
      const form = readDigestForm(args.view.state.values as SubmittedValues, new Date());
      if (form.type === 'invalid') {
        await args.ack({ response_action: 'errors', errors: form.errors });
        return;
      }
      await args.ack();
      await answerGuarded(logger, digestSubmissionRequest(args, deps, form.args));
    },
  );

  app.event('app_mention', async (args) => answerGuarded(logger, mentionRequest(args, deps)));

  app.message(async (args) => answerGuarded(logger, directMessageRequest(args, deps)));

  app.event('link_shared', async (args) => answerGuarded(logger, linkSharedRequest(args, deps)));

  app.shortcut({ type: 'message_action', callback_id: FIND_RELATED_CALLBACK_ID }, async (args) => {
    await args.ack();
    await answerGuarded(logger, findRelatedRequest(args, deps));
  });

  registerAppHome(app, deps, (request) => answerGuarded(logger, request));

  app.action({ type: 'block_actions', action_id: ACTION_ID_PATTERN }, async (args) => {
    await args.ack();
    await answerGuarded(logger, buttonRequest(args, deps));
  });

  // Buttons casebot does not own (an older version's, another block's): acknowledged at once,
  // so the clicker sees no error and Slack gets no 404 three seconds later.
  app.action({ type: 'block_actions', action_id: NOT_CASEBOT_ACTION }, async ({ ack, body }) => {
    await ack();
    logger.debug(
      { kind: 'action:unknown', requestId: body.trigger_id },
      'acknowledged an action casebot does not own',
    );
  });
}
