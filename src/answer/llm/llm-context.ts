import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import type { OpenAiRequestError } from "../../search/openai-request-error.js";
import type { CircuitBreaker } from "./create-circuit-breaker.js";

/** What a step that may call the chat model needs: the model, the breaker that can skip it, where fallbacks are logged. */
export interface LlmContext {
  readonly model: BaseChatModel;
  readonly circuit: CircuitBreaker | null;
  readonly log: ((line: string) => void) | undefined;
}

/** Whether the chat model may be called for this step: the circuit breaker says no while the endpoint keeps failing. */
export function modelAllowed(circuit: CircuitBreaker | null | undefined): boolean {
  return circuit?.allow() ?? true;
}

/** Tells the breaker how a call went: a request error counts as a failure, anything else (even an invalid reply) as a success. */
export function recordOutcome(
  circuit: CircuitBreaker | null,
  result: { readonly success: boolean; readonly cause?: OpenAiRequestError },
): void {
  if (result.cause) circuit?.failed(result.cause);
  else circuit?.succeeded();
}
