import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** A local stand-in for the chat completions endpoint that keeps every request body and answers none. */
export type RecordingChatServer = {
  /** Base URL ending in `/v1`, like OpenAI's. */
  readonly baseUrl: string;
  /** The JSON bodies of the chat requests received, in order. */
  readonly requests: unknown[];
  close(): Promise<void>;
};

/**
 * Starts a server on 127.0.0.1 that records each `POST /v1/chat/completions` body and answers it with an OpenAI-style
 * 503, so the real client sends exactly what it would send to OpenAI and the engine then falls back to its offline
 * path: the prompts can be counted without calling any API.
 */
export async function startRecordingChatServer(): Promise<RecordingChatServer> {
  const requests: unknown[] = [];
  const server = createServer((request, response) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (piece: string) => (body += piece));
    request.on("end", () => {
      if (request.method === "POST" && request.url?.startsWith("/v1/chat/completions")) requests.push(JSON.parse(body));
      response.writeHead(503, { "content-type": "application/json" });
      response.end(
        JSON.stringify({
          error: { message: "bench: prompts are counted, not answered", type: "server_error", code: null },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
