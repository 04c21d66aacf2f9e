import {
  ApplicationCommandType,
  ApplicationIntegrationType,
  ContextMenuCommandBuilder,
  InteractionContextType,
  type MessageContextMenuCommandInteraction,
  MessageFlags,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import { caseLinksOf, type Reply, relatedCommands } from '../../src/index.js';
import { answerWithin } from '../shared/answer-within.js';
import { interactionContext } from './chat-context.js';
import { type HandlerDeps, renderWithButtons } from './handler-deps.js';
import { toMessageOptions, toReplyOptions } from './payload.js';
import { createInteractionResponder } from './response-delivery.js';

/** The message context-menu command (Apps → Find related cases); Discord allows 32 characters. */
export const FIND_RELATED_COMMAND = 'Find related cases';

/** Registered beside `/initiatives`, where it may be used: servers and DMs with the bot. */
export function buildFindRelatedCommand(): RESTPostAPIContextMenuApplicationCommandsJSONBody {
  return new ContextMenuCommandBuilder()
    .setName(FIND_RELATED_COMMAND)
    .setType(ApplicationCommandType.Message)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .toJSON();
}

/** Mentions of users, roles and channels carry no words to search (and must not ping). */
const MENTION = /<(?:@[!&]?|#)\d+>/g;

/**
 * "Find related cases" on a message: the core's answers about its text, or about the case it
 * links to (Discord sends bots no unfurl events: this is where a case link gets its card),
 * privately to whoever asked, each with its Share button. The first answer is the interaction's
 * reply when the core is quick, a deferred reply otherwise; any next one is a follow-up.
 */
export async function handleFindRelated(
  interaction: MessageContextMenuCommandInteraction,
  deps: HandlerDeps,
): Promise<void> {
  const content = interaction.targetMessage.content;
  const commands = relatedCommands(
    { links: content, plain: content.replace(MENTION, ' ') },
    caseLinksOf(deps.bot.knowledge.cases),
  );
  const ctx = interactionContext(interaction, { type: 'slash-command' });
  const respond = createInteractionResponder(interaction, deps);
  const render = (reply: Reply) => renderWithButtons(reply, deps);
  const [first = 'help', ...rest] = commands;
  const timed = await answerWithin(deps.bot.answer(first, ctx), deps.deferAfterMs);
  if (timed.type === 'in-time') {
    const payload = await render(timed.value);
    await respond.send('reply', () => interaction.reply(toReplyOptions(payload)));
  } else {
    await respond.send('deferReply', () => interaction.deferReply({ flags: MessageFlags.Ephemeral }));
    const payload = await render(await timed.value);
    await respond.send('editReply', () => interaction.editReply(toMessageOptions(payload)));
  }
  for (const command of rest) {
    const payload = await render(await deps.bot.answer(command, ctx));
    // A follow-up is private only when asked to be, whatever the first answer was.
    await respond.send('followUp', () => interaction.followUp(toReplyOptions(payload)));
  }
}
