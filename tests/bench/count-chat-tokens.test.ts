import { describe, expect, it } from "vitest";
import { countChatTokens } from "../../bench/count-chat-tokens.js";

// One token per word keeps the expected sums readable.
const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe("countChatTokens", () => {
  it("counts each message's role and content with 3 tokens of framing each, and 3 to prime the reply", () => {
    const body = {
      model: "m",
      messages: [
        { role: "system", content: "plan the question below" },
        { role: "user", content: "how many potholes" },
      ],
    };
    expect(countChatTokens(body, countWords)).toEqual({
      messages: 3 + (3 + 1 + 4) + (3 + 1 + 3),
      schema: 0,
      total: 18,
    });
  });

  it("counts a structured-output schema apart from the messages", () => {
    const body = { messages: [{ role: "user", content: "q" }], response_format: { type: "json_schema" } };
    const counted = countChatTokens(body, (text) => text.length);
    expect(counted.schema).toBe(JSON.stringify({ type: "json_schema" }).length);
    expect(counted.total).toBe(counted.messages + counted.schema);
  });

  it("reads message content given as a list of text parts", () => {
    const body = { messages: [{ role: "user", content: [{ type: "text", text: "two words" }] }] };
    expect(countChatTokens(body, countWords).messages).toBe(3 + 3 + 1 + 2);
  });

  it("rejects a body that is not a chat request", () => {
    expect(() => countChatTokens({ input: "text" }, countWords)).toThrow();
  });
});
