import type { App, ViewSubmitAction } from '@slack/bolt';
import type { SubmittedValues } from './digest-modal.js';
import { type HomeDigestKind, homeDigestRequest, homeOpenedRequest } from './handle-app-home.js';
import { openSearchModalRequest, searchSubmissionRequest } from './handle-search-modal.js';
import type { HandlerDeps, SlackRequest } from './handler-deps.js';
import { HOME_DIGEST_ACTION_PATTERN, HOME_SEARCH_ACTION_ID } from './render-app-home.js';
import { buildSearchMenus, readSearchForm, SEARCH_MODAL_CALLBACK_ID } from './search-modal.js';
import { createUserChannelsCache, type UserChannelsCache } from './user-channels.js';

/**
 * The App Home: the tab published when opened, its Search button and form (results in the
 * person's DM), and Pause/Resume/Unsubscribe on their channels' digests. `guard` is handlers.ts's
 * one catch. People's conversations are kept briefly in `userChannels` (one per app by default).
 */
export function registerAppHome(
  app: App,
  deps: HandlerDeps,
  guard: (request: SlackRequest | undefined) => Promise<void>,
  userChannels: UserChannelsCache = createUserChannelsCache(),
): void {
  app.event('app_home_opened', async (args) => guard(homeOpenedRequest(args, deps, userChannels)));

  app.action({ type: 'block_actions', action_id: HOME_SEARCH_ACTION_ID }, async (args) => {
    await args.ack();
    await guard(openSearchModalRequest(args, deps, userChannels));
  });

  app.action({ type: 'block_actions', action_id: HOME_DIGEST_ACTION_PATTERN }, async (args) => {
    await args.ack();
    const kind = HOME_DIGEST_ACTION_PATTERN.exec(args.action.action_id)?.[1];
    if (isHomeDigestKind(kind)) await guard(homeDigestRequest(args, deps, userChannels, kind));
  });

  // Mistakes shown under their fields; a valid search closes the form, then answers in the DM.
  app.view<ViewSubmitAction>(
    { callback_id: SEARCH_MODAL_CALLBACK_ID, type: 'view_submission' },
    async (args) => {
      const form = readSearchForm(args.view.state.values as SubmittedValues, buildSearchMenus(deps.bot));
      if (form.type === 'invalid') {
        await args.ack({ response_action: 'errors', errors: form.errors });
        return;
      }
      await args.ack();
      await guard(searchSubmissionRequest(args, deps, form.command));
    },
  );
}

function isHomeDigestKind(kind: string | undefined): kind is HomeDigestKind {
  return kind === 'pause' || kind === 'resume' || kind === 'unsubscribe';
}
