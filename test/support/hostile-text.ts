import fc from 'fast-check';

/**
 * Pieces of text a hostile user or a bad knowledge record could contain, for every front end:
 * Slack mrkdwn markup and mentions, Discord mentions and markdown, lunr query syntax, control
 * characters, emoji (flags, ZWJ sequences, skin tones) and other scripts.
 */
export const hostilePiece = fc.constantFrom(
  // Slack
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<@U0BOSS>',
  '<@U0BOSS|boss>',
  '<#C0GEN|general>',
  '<!subteam^S0TEAM>',
  '<https://evil.example|click me>',
  '&',
  '&amp;',
  '<',
  '>',
  '|',
  // Discord
  '@everyone',
  '@here',
  '<@123456789012345678>',
  '<@&1>',
  '**',
  '`',
  '\\',
  '||',
  ')',
  '](',
  '\n# ',
  '> ',
  // lunr
  ':',
  '~',
  '^',
  '*',
  '+',
  '-',
  '"',
  // anything else
  '\n',
  '\u0000',
  '🇧🇪',
  '🇰🇷',
  '👩‍👩‍👧',
  '👩🏽‍💻',
  'é',
  '한국',
  'العربية',
  ' ',
);
