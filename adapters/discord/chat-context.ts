import { type Interaction, type Message, PermissionFlagsBits } from 'discord.js';
import type { ChatContext } from '../../src/index.js';

const MANAGE_DIGESTS = [PermissionFlagsBits.ManageChannels, PermissionFlagsBits.ManageGuild];

/**
 * Who asked, and where. In a DM the asker owns the conversation, so they may manage its
 * digests; in a server, members with Manage Channels or Manage Server in that channel may.
 */
export function interactionContext(interaction: Interaction): ChatContext {
  const ctx: ChatContext = { platform: 'discord', userId: interaction.user.id };
  if (interaction.channelId) ctx.channelId = interaction.channelId;
  if (interaction.guildId) {
    ctx.teamId = interaction.guildId;
    // Discord computes these for the channel, overwrites included.
    ctx.canManageDigests = interaction.memberPermissions?.any(MANAGE_DIGESTS) ?? false;
  } else {
    ctx.canManageDigests = true;
  }
  return ctx;
}

export function messageContext(message: Message): ChatContext {
  const ctx: ChatContext = { platform: 'discord', userId: message.author.id, channelId: message.channelId };
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
