import type { Client } from 'discord.js';
import type { RawInteraction } from './interaction-request-gate.js';

interface InteractionCreateAction {
  handle(data: RawInteraction): void;
}

/**
 * Hands a raw interaction (as Discord POSTs it) to discord.js exactly as its gateway does with an
 * INTERACTION_CREATE: the client builds the ChatInputCommandInteraction, ButtonInteraction…
 * and emits `interactionCreate`, so the gateway's handlers and renderers serve it unchanged.
 * discord.js has no public way to do this (discord.js#7231); its internal `client.actions`
 * is what its own gateway handler calls. Checked once, here, so that a discord.js upgrade
 * that moves it fails at start with this message rather than at the first interaction.
 */
export function createInteractionFeeder(client: Client): (interaction: RawInteraction) => void {
  const actions: unknown = Reflect.get(client, 'actions');
  const action = (actions as { InteractionCreate?: Partial<InteractionCreateAction> } | undefined)
    ?.InteractionCreate;
  if (typeof action?.handle !== 'function')
    throw new Error(
      'this discord.js has no client.actions.InteractionCreate.handle: interactions over HTTP (DISCORD_PUBLIC_KEY) need discord.js 14 as pinned in package.json',
    );
  const handle = action.handle.bind(action);
  return (interaction) => handle(interaction);
}
