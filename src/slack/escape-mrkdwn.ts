/**
 * Escapes text for Slack mrkdwn: `&`, `<` and `>` are control characters there (links, mentions),
 * so report text that holds them ("<20 weeks", "Health & Care") must be sent as entities.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
