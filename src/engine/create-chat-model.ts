import { ChatOpenAI } from "@langchain/openai";
import type { OpenAiConfig } from "./openai-config.js";

/**
 * The chat model for planning and drafting: temperature 0 so the same question gets the same plan,
 * with the configured timeout, retries and base URL (an OpenAI-compatible server when set).
 */
export function createChatModel(
  config: Pick<OpenAiConfig, "apiKey" | "baseUrl" | "chatModel" | "timeoutMs" | "maxRetries">,
): ChatOpenAI {
  return new ChatOpenAI({
    apiKey: config.apiKey,
    model: config.chatModel,
    temperature: 0,
    timeout: config.timeoutMs,
    maxRetries: config.maxRetries,
    configuration: config.baseUrl ? { baseURL: config.baseUrl } : {},
  });
}
