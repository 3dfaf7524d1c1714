import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { OpenAiRequestError } from "../../search/openai-request-error.js";
import type { Fact } from "../answer.js";
import { buildDraftPrompt, type DraftPassage } from "./build-draft-prompt.js";

export type LlmDraftResult =
  | { readonly success: true; readonly text: string }
  /** `cause` is the failed request, for the circuit breaker; absent when the model answered but the answer was rejected. */
  | { readonly success: false; readonly error: string; readonly cause?: OpenAiRequestError };

/**
 * One chat call that writes a short answer from the given facts and passages only (`prompts/answer.md`).
 * Never throws: an HTTP error, a timeout or an empty answer gives `success: false`. The text is unchecked —
 * pass it through `checkDraftFigures` before showing it.
 */
export async function draftWithLlm(input: {
  question: string;
  facts: readonly Fact[];
  passages: readonly DraftPassage[];
  model: BaseChatModel;
}): Promise<LlmDraftResult> {
  const prompt = buildDraftPrompt(input);
  try {
    const message = await input.model.invoke([
      { role: "system", content: prompt.system },
      { role: "user", content: prompt.user },
    ]);
    const text = message.text.trim();
    if (text === "") return { success: false, error: "OpenAI drafting failed: the answer was empty" };
    return { success: true, text };
  } catch (error) {
    const cause = OpenAiRequestError.from("drafting", error);
    return { success: false, error: cause.message, cause };
  }
}
