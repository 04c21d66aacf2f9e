import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  MessageFlags,
  type ModalSubmitInteraction,
  type StringSelectMenuInteraction,
} from 'discord.js';
import type { Reply, Surface } from '../../src/index.js';
import { answerWithin } from '../shared/answer-within.js';
import { countryChoices } from './autocomplete.js';
import { buttonSurface, interactionContext } from './chat-context.js';
import { findOptionProblem, renderOptionProblem } from './command-usage.js';
import { COMMAND_NAME, COUNTRY_OPTIONS, findSubcommand, PUBLIC_OPTION } from './commands.js';
import { isDigestSetup } from './digest-commands.js';
import { DIGEST_MODAL_ID } from './digest-modal.js';
import { FIND_RELATED_COMMAND, handleFindRelated } from './find-related.js';
import {
  answerFormMistakes,
  FORM_BUTTON_PREFIX,
  openDigestForm,
  readDigestSubmission,
} from './handle-modal-submit.js';
import { type HandlerDeps, renderWithButtons } from './handler-deps.js';
import type { DiscordMessagePayload } from './payload.js';
import { toMessageOptions, toReplyOptions } from './payload.js';
import { COMPARE_MENU_ID, MENU_ID_PREFIX } from './render-menus.js';
import { createInteractionResponder, type InteractionResponder } from './response-delivery.js';

export const EXPIRED_BUTTON =
  'This button has expired (it is an old message). Run the command again, e.g. `/initiatives help`.';
export const UNKNOWN_COMMAND = 'I do not know that command yet. Try `/initiatives help`.';

/** Routes one interaction: slash command, autocomplete, button, message command or form. */
export async function handleInteraction(interaction: Interaction, deps: HandlerDeps): Promise<void> {
  if (interaction.isAutocomplete()) return handleAutocomplete(interaction, deps);
  if (interaction.isChatInputCommand()) return handleSlashCommand(interaction, deps);
  if (interaction.isButton()) return handleButton(interaction, deps);
  if (interaction.isMessageContextMenuCommand() && interaction.commandName === FIND_RELATED_COMMAND)
    return handleFindRelated(interaction, deps);
  if (
    interaction.isStringSelectMenu() &&
    (interaction.customId.startsWith(MENU_ID_PREFIX) || interaction.customId === COMPARE_MENU_ID)
  )
    return handleButton(interaction, deps);
  if (interaction.isModalSubmit() && interaction.customId === DIGEST_MODAL_ID)
    return handleDigestForm(interaction, deps);
}

/** A submitted digest form: subscribed as the typed command would be, or its mistakes named. */
async function handleDigestForm(interaction: ModalSubmitInteraction, deps: HandlerDeps): Promise<void> {
  const { values, check } = readDigestSubmission(interaction, new Date());
  if (check.type === 'invalid') return answerFormMistakes(interaction, values, check.mistakes, deps);
  await replyWithAnswer(interaction, `digest subscribe ${check.args}`, { type: 'slash-command' }, deps);
}

async function handleAutocomplete(interaction: AutocompleteInteraction, deps: HandlerDeps): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const choices = COUNTRY_OPTIONS.has(focused.name)
    ? countryChoices(deps.bot.countries(), focused.value)
    : [];
  await interaction.respond(choices);
}

async function handleSlashCommand(
  interaction: ChatInputCommandInteraction,
  deps: HandlerDeps,
): Promise<void> {
  if (interaction.commandName === COMMAND_NAME && isDigestSetup(interaction.options))
    return openDigestForm(interaction, deps);
  const spec = interaction.commandName === COMMAND_NAME ? findSubcommand(interaction.options) : undefined;
  if (spec === undefined) {
    await interaction.reply({ content: UNKNOWN_COMMAND, flags: MessageFlags.Ephemeral });
    return;
  }
  // Discord checks options against the registered command; an older registration may not.
  const problem = findOptionProblem(interaction.options);
  if (problem !== undefined) {
    await interaction.reply({ content: renderOptionProblem(problem), flags: MessageFlags.Ephemeral });
    return;
  }
  // `reply` subcommands have no public option: the core decides from the reply alone.
  const surface: Surface =
    spec.visibility === 'reply'
      ? { type: 'slash-command' }
      : {
          type: 'slash-command',
          requested: interaction.options.getBoolean(PUBLIC_OPTION) ? 'channel' : 'private',
        };
  await replyWithAnswer(interaction, spec.toText(interaction.options), surface, deps);
}

/** A click on a button, or a filter menu's choice, whose value is encoded as a button's id is. */
async function handleButton(
  interaction: ButtonInteraction | StringSelectMenuInteraction,
  deps: HandlerDeps,
): Promise<void> {
  if (interaction.isButton() && interaction.customId.startsWith(FORM_BUTTON_PREFIX))
    return openDigestForm(interaction, deps);
  const decoded = await deps.buttons.decode(
    interaction.isButton() ? interaction.customId : (interaction.values[0] ?? ''),
  );
  if (decoded.type !== 'command') {
    await interaction.reply({ content: EXPIRED_BUTTON, flags: MessageFlags.Ephemeral });
    return;
  }
  if (decoded.verb === 'share') {
    await replyWithAnswer(interaction, decoded.command, buttonSurface(interaction, 'channel'), deps);
    return;
  }
  const ephemeral = interaction.message.flags.has(MessageFlags.Ephemeral);
  const respond = createInteractionResponder(interaction, deps);
  const timed = await answerWithin(
    deps.bot.answer(decoded.command, interactionContext(interaction, buttonSurface(interaction))),
    deps.deferAfterMs,
  );
  // A private answer cannot replace a message the channel sees: it comes as a message of its own.
  const aside = (reply: Reply) => reply.visibility === 'private' && !ephemeral;
  if (timed.type === 'in-time' && aside(timed.value)) {
    await replyPrivately(interaction, respond, timed.value, decoded.command, deps);
    return;
  }
  if (timed.type === 'late') await respond.send('deferUpdate', () => interaction.deferUpdate());
  const reply = timed.type === 'late' ? await timed.value : timed.value;
  const payload = await renderWithButtons(reply, deps);
  const options = toMessageOptions(payload);
  // A public message's new content may go to the channel if the interaction is gone.
  const publicAnswer = ephemeral ? undefined : payload;
  if (timed.type === 'in-time') await respond.send('update', () => interaction.update(options), publicAnswer);
  else if (aside(reply)) await replyPrivately(interaction, respond, reply, decoded.command, deps);
  else await respond.send('editReply', () => interaction.editReply(options), publicAnswer);
}

/**
 * Answers with a new message: directly when the core is quick, else deferred and then edited.
 * A deferral must say before the answer exists whether it is ephemeral: it is when the asker
 * asked for a private answer; otherwise a private answer replaces the public deferral.
 */
async function replyWithAnswer(
  interaction:
    | ChatInputCommandInteraction
    | ButtonInteraction
    | StringSelectMenuInteraction
    | ModalSubmitInteraction,
  text: string,
  surface: Surface,
  deps: HandlerDeps,
): Promise<void> {
  const respond = createInteractionResponder(interaction, deps);
  const timed = await answerWithin(
    deps.bot.answer(text, interactionContext(interaction, surface)),
    deps.deferAfterMs,
  );
  const render = (reply: Reply) => renderWithButtons(reply, deps);
  if (timed.type === 'in-time') {
    const payload = await render(timed.value);
    await respond.send('reply', () => interaction.reply(toReplyOptions(payload)), publicOnly(payload));
    return;
  }
  const deferredPrivately = surface.type === 'slash-command' && surface.requested === 'private';
  await respond.send('deferReply', () =>
    interaction.deferReply(deferredPrivately ? { flags: MessageFlags.Ephemeral } : {}),
  );
  const reply = await timed.value;
  if (reply.visibility === 'private' && !deferredPrivately) {
    await replyPrivately(interaction, respond, reply, text, deps);
    return;
  }
  const payload = await render(reply);
  await respond.send(
    'editReply',
    () => interaction.editReply(toMessageOptions(payload)),
    publicOnly(payload),
  );
}

/** The payload when the channel may see it (the fallback if the interaction is gone), else nothing. */
function publicOnly(payload: DiscordMessagePayload): DiscordMessagePayload | undefined {
  return payload.flags === undefined ? payload : undefined;
}

/** A private answer (digest preview) to an interaction that was going to be public. */
async function replyPrivately(
  interaction:
    | ChatInputCommandInteraction
    | ButtonInteraction
    | StringSelectMenuInteraction
    | ModalSubmitInteraction,
  respond: InteractionResponder,
  reply: Reply,
  text: string,
  deps: HandlerDeps,
): Promise<void> {
  const options = toReplyOptions(await renderWithButtons(reply, deps));
  if (interaction.deferred) {
    // A deferred command shows a public "thinking…" to replace; a deferred click has none, and
    // its original is the message everyone sees, which must stay as it is.
    if (interaction.isChatInputCommand())
      await respond.send('editReply', () =>
        interaction.editReply({ content: 'Sent only to you.', embeds: [], components: [] }),
      );
    await respond.send('followUp', () => interaction.followUp(options));
  } else {
    await respond.send('reply', () => interaction.reply(options));
  }
  deps.logger.debug({ interactionId: interaction.id, command: text.slice(0, 40) }, 'private answer');
}
