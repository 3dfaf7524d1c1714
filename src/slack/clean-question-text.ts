/**
 * Turns the text of a Slack message into the question the user typed: drops user mentions (the bot's own),
 * shows channel mentions and links by their label, and decodes Slack's `&amp;`/`&lt;`/`&gt;`, then tidies spaces.
 */
export function cleanQuestionText(text: string): string {
  return text
    .replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/g, " ")
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, "#$1")
    .replace(/<!(?:here|channel|everyone)(?:\|[^>]*)?>/g, " ")
    .replace(/<([^<>|]+)\|([^<>]*)>/g, "$2")
    .replace(/<([^<>]+)>/g, "$1")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}
