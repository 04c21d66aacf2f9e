import {
  type Interaction,
  type Message,
  type MessageComponentInteraction,
  MessageFlags,
  PermissionFlagsBits,
} from 'discord.js';
import type { ChatContext, Surface } from '../../src/index.js';

const MANAGE_DIGESTS = [PermissionFlagsBits.ManageChannels, PermissionFlagsBits.ManageGuild];

/**
 * Who asked, where, and how (`surface`: the core decides from it who sees the answer). In a
 * DM the asker owns the conversation, so they may manage its digests; in a server, members
 * with Manage Channels or Manage Server in that channel may.
 */
export function interactionContext(interaction: Interaction, surface: Surface): ChatContext {
  const ctx: ChatContext = { platform: 'discord', surface, userId: interaction.user.id };
  if (interaction.channelId) ctx.channelId = interaction.channelId;
  // In a thread, the thread is the conversation (a thread is a channel of its own in Discord).
  if (interaction.channelId && interaction.channel?.isThread()) ctx.threadId = interaction.channelId;
  if (interaction.guildId) {
    ctx.teamId = interaction.guildId;
    // Discord computes these for the channel, overwrites included.
    ctx.canManageDigests = interaction.memberPermissions?.any(MANAGE_DIGESTS) ?? false;
  } else {
    ctx.canManageDigests = true;
  }
  return ctx;
}

/**
 * A click on a button: who sees the message it is on, and whether it is the Share button,
 * which asks for the answer in the channel.
 */
export function buttonSurface(interaction: MessageComponentInteraction, requested?: 'channel'): Surface {
  const on = interaction.message.flags.has(MessageFlags.Ephemeral) ? 'private-message' : 'channel-message';
  return requested ? { type: 'button', on, requested } : { type: 'button', on };
}

export function messageContext(message: Message): ChatContext {
  const ctx: ChatContext = {
    platform: 'discord',
    surface: { type: message.inGuild() ? 'mention' : 'direct-message' },
    userId: message.author.id,
    channelId: message.channelId,
  };
  // In a thread, the thread is the conversation (a thread is a channel of its own in Discord).
  if (message.channel.isThread()) ctx.threadId = message.channelId;
  if (message.guildId) {
    ctx.teamId = message.guildId;
    ctx.canManageDigests = canManageIn(message);
  } else {
    ctx.canManageDigests = true;
  }
  return ctx;
}

function canManageIn(message: Message): boolean {
  try {
    if (!message.member || message.channel.isDMBased()) return false;
    return message.member.permissionsIn(message.channel).any(MANAGE_DIGESTS);
  } catch {
    // Roles or channel overwrites not cached: refuse rather than guess.
    return false;
  }
}
