import { z } from "zod";

/** The input tokens of one chat request: its messages, and the JSON schema or tools sent with them. */
export type ChatTokens = { readonly messages: number; readonly schema: number; readonly total: number };

const requestSchema = z.object({
  messages: z.array(
    z.object({
      role: z.string(),
      content: z.union([z.string(), z.array(z.object({ text: z.string().optional() }).loose())]).nullable(),
    }),
  ),
  response_format: z.unknown().optional(),
  tools: z.unknown().optional(),
});

// OpenAI's published accounting for its chat models: 3 tokens of framing per message, 3 to prime the reply.
const tokensPerMessage = 3;
const replyPriming = 3;

/**
 * Counts the input tokens of a chat completions request body with the given tokenizer: each message's role and
 * content plus OpenAI's per-message framing, and — separately — the `response_format` schema or `tools` as JSON
 * (OpenAI renders a schema in its own way, so that part is an estimate).
 */
export function countChatTokens(body: unknown, countTokens: (text: string) => number): ChatTokens {
  const request = requestSchema.parse(body);
  const messages = request.messages.reduce((total, message) => {
    const content =
      typeof message.content === "string"
        ? message.content
        : (message.content ?? []).map((part) => part.text ?? "").join("");
    return total + tokensPerMessage + countTokens(message.role) + countTokens(content);
  }, replyPriming);
  const extras = [request.response_format, request.tools].filter((extra) => extra !== undefined);
  const schema = extras.reduce<number>((total, extra) => total + countTokens(JSON.stringify(extra)), 0);
  return { messages, schema, total: messages + schema };
}
