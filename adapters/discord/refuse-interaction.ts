import { type Interaction, MessageFlags } from 'discord.js';

/** What someone who asks while casebot is stopping sees, instead of Discord's "did not respond". */
export const STOPPING_NOTICE = 'casebot is restarting. Please ask again in a minute.';

/** Answers an interaction that arrives during a stop without doing its work. */
export async function refuseInteraction(interaction: Interaction): Promise<void> {
  if (interaction.isAutocomplete()) await interaction.respond([]);
  else if (interaction.isRepliable())
    await interaction.reply({ content: STOPPING_NOTICE, flags: MessageFlags.Ephemeral });
}
