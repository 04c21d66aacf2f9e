import { type Client, Events, type Interaction, type Message } from 'discord.js';
import { buildErrorReply, type Surface } from '../../src/index.js';
import type { InFlight } from '../shared/in-flight.js';
import { buttonSurface, interactionContext, messageContext } from './chat-context.js';
import { handleInteraction } from './handle-interaction.js';
import { handleMessage } from './handle-message.js';
import { type HandlerDeps, renderWithButtons } from './handler-deps.js';
import { toMessageOptions, toReplyOptions } from './payload.js';
import { refuseInteraction } from './refuse-interaction.js';

export interface HandlerGate {
  /** Counts each interaction and message until it is answered, for a stop to wait on. */
  inFlight: InFlight;
  /** False once a stop began: interactions are told casebot is restarting, messages left alone. */
  accepting(): boolean;
  /**
   * Claims an interaction before answering it (two gateway sessions during a takeover hear the
   * same one); absent where it was claimed on arrival (the interactions endpoint).
   */
  claimInteraction?(interactionId: string): Promise<boolean>;
}

/**
 * Interactions (slash commands, buttons, autocomplete) and messages. Each is counted as work in
 * flight until answered; every failure is caught here, once: logged with the interaction or
 * message id and answered with the core's apology, and the bot keeps running.
 */
export function registerHandlers(client: Client, deps: HandlerDeps, gate: HandlerGate): void {
  const { inFlight } = gate;
  client.on(Events.InteractionCreate, (interaction) => {
    if (gate.accepting())
      void inFlight.track('discord:interaction', interaction.id, async () => {
        if (!gate.claimInteraction || (await gate.claimInteraction(interaction.id)))
          await onInteraction(interaction, deps);
      });
    else void inFlight.track('discord:refusal', interaction.id, () => onRefusal(interaction, deps));
  });
  client.on(Events.MessageCreate, (message) => {
    if (gate.accepting()) void inFlight.track('discord:message', message.id, () => onMessage(message, deps));
  });
}

async function onRefusal(interaction: Interaction, deps: HandlerDeps): Promise<void> {
  try {
    await refuseInteraction(interaction);
  } catch (err) {
    deps.logger.warn({ err, interactionId: interaction.id }, 'could not say that casebot is stopping');
  }
}

async function onInteraction(interaction: Interaction, deps: HandlerDeps): Promise<void> {
  try {
    await handleInteraction(interaction, deps);
  } catch (err) {
    deps.logger.error({ err, interactionId: interaction.id }, 'discord interaction failed');
    try {
      if (interaction.isAutocomplete()) {
        if (!interaction.responded) await interaction.respond([]);
      } else if (interaction.isRepliable()) {
        const surface: Surface = interaction.isMessageComponent()
          ? buttonSurface(interaction)
          : { type: 'slash-command' };
        const reply = buildErrorReply(interactionContext(interaction, surface));
        const apology = toReplyOptions(await renderWithButtons(reply, deps));
        if (interaction.replied || interaction.deferred) await interaction.followUp(apology);
        else await interaction.reply(apology);
      }
    } catch (apologyErr) {
      deps.logger.warn({ err: apologyErr, interactionId: interaction.id }, 'could not apologise');
    }
  }
}

async function onMessage(message: Message, deps: HandlerDeps): Promise<void> {
  try {
    await handleMessage(message, deps);
  } catch (err) {
    deps.logger.error({ err, messageId: message.id, channelId: message.channelId }, 'discord message failed');
    try {
      const reply = buildErrorReply(messageContext(message));
      await message.reply(toMessageOptions(await renderWithButtons(reply, deps)));
    } catch (apologyErr) {
      deps.logger.warn({ err: apologyErr, messageId: message.id }, 'could not apologise');
    }
  }
}
