import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { waitUntil } from "./wait-until.js";

/** One request the bot made: a Web API method (`chat.postMessage`) or a post to a response URL (`response_url`). */
export interface RecordedCall {
  readonly method: string;
  /** Form fields with JSON-valued ones (blocks, view, prompts, metadata) parsed; or the JSON body of a response URL post. */
  readonly body: Record<string, unknown>;
  /** The bearer token the call carried, if any. */
  readonly token: string | null;
  /** For a response URL: the path it was posted to (`/response/abc`). */
  readonly path: string;
  /** Set when the fake made this call fail (see `failNext`): Slack did not take it. */
  refused?: boolean;
}

export interface FakeSlackApi {
  /** Base URL to give the bot as SLACK_API_URL (`http://127.0.0.1:port/api/`). */
  readonly apiUrl: string;
  /** Every call so far, in order. */
  readonly calls: readonly RecordedCall[];
  /** A URL the fake accepts as a slash command's or button's `response_url`. */
  responseUrl(name: string): string;
  callsTo(method: string): RecordedCall[];
  /** Waits until a call to `method` matching `matches` has been recorded, and returns it. */
  waitForCall(method: string, matches?: (call: RecordedCall) => boolean): Promise<RecordedCall>;
  /**
   * Makes the next `times` calls to `method` (or posts to a response URL, method `response_url`) whose body matches
   * fail as Slack would: `{ ok: false, error }` with HTTP 200 (a refused message), or an HTTP status such as 429
   * (with `Retry-After` seconds) or 500. The failing calls are recorded like any other.
   */
  failNext(
    method: string,
    failure: Failure,
    times?: number,
    matches?: (body: Record<string, unknown>) => boolean,
  ): void;
  /** Files uploaded to the URLs `files.getUploadURLExternal` handed out, by file id: the bytes as received. */
  readonly uploads: ReadonlyMap<string, Buffer>;
  /** The WebSocket URL `apps.connections.open` hands out (a local Socket Mode server). */
  setSocketUrl(url: string): void;
  close(): Promise<void>;
}

/** How a call is made to fail (see `failNext`). */
export type Failure = { readonly error: string } | { readonly status: number; readonly retryAfterSeconds?: number };

interface PendingFailure {
  readonly method: string;
  readonly failure: Failure;
  remaining: number;
  readonly matches: (body: Record<string, unknown>) => boolean;
}

export const fakeBot = { userId: "UBOT", botId: "BBOT", teamId: "T0COUNCIL" } as const;

/**
 * A local stand-in for Slack's Web API (node:http on 127.0.0.1, a free port): answers the methods the bot uses
 * the way Slack does (`{ ok: true, … }`, `invalid_auth` for a wrong token) and records every call for assertions.
 */
export async function startFakeSlackApi({
  botToken,
  appToken = null,
  streaming = false,
}: {
  botToken: string;
  appToken?: string | null;
  streaming?: boolean;
}): Promise<FakeSlackApi> {
  const calls: RecordedCall[] = [];
  const failures: PendingFailure[] = [];
  let messageCount = 0;
  const takeFailure = (method: string, body: Record<string, unknown>): Failure | null => {
    const pending = failures.find((entry) => entry.method === method && entry.remaining > 0 && entry.matches(body));
    if (pending === undefined) return null;
    pending.remaining -= 1;
    return pending.failure;
  };
  const nextTs = () => `1760000000.${String(++messageCount).padStart(6, "0")}`;

  let socketUrl: string | null = null;
  let fileCount = 0;
  const uploads = new Map<string, Buffer>();
  let base = "";
  const respondTo = (method: string, body: Record<string, unknown>, token: string | null): Record<string, unknown> => {
    // Socket Mode: the app-level token opens a connection, and only that.
    if (method === "apps.connections.open") {
      if (appToken === null || token !== appToken) return { ok: false, error: "invalid_auth" };
      return socketUrl === null ? { ok: false, error: "internal_error" } : { ok: true, url: socketUrl };
    }
    if (token !== botToken) return { ok: false, error: "invalid_auth" };
    switch (method) {
      case "auth.test":
        return {
          ok: true,
          url: "https://council.slack.com/",
          team: "County Council",
          user: "perfbot",
          team_id: fakeBot.teamId,
          user_id: fakeBot.userId,
          bot_id: fakeBot.botId,
        };
      case "chat.postMessage": {
        const ts = nextTs();
        return {
          ok: true,
          channel: body.channel,
          ts,
          message: { type: "message", text: body.text, user: fakeBot.userId, bot_id: fakeBot.botId, ts },
        };
      }
      case "chat.postEphemeral":
        return { ok: true, message_ts: nextTs() };
      case "chat.update":
        return { ok: true, channel: body.channel, ts: body.ts, text: body.text };
      case "views.publish":
        return { ok: true, view: { id: "V0HOME", type: "home" } };
      case "views.open":
        return { ok: true, view: { id: "V0MODAL", type: "modal" } };
      case "assistant.threads.setStatus":
      case "assistant.threads.setSuggestedPrompts":
      case "assistant.threads.setTitle":
        return { ok: true };
      // Streaming (chat.startStream…) answers only when the fake is told the workspace has it, as not every app does.
      case "chat.startStream":
        return streaming ? { ok: true, channel: body.channel, ts: nextTs() } : { ok: false, error: "unknown_method" };
      case "chat.appendStream":
      case "chat.stopStream":
        return streaming ? { ok: true, channel: body.channel, ts: body.ts } : { ok: false, error: "unknown_method" };
      // files.uploadV2: get an upload URL, post the bytes there, then complete (sharing into channel and thread).
      case "files.getUploadURLExternal": {
        if (typeof body.filename !== "string" || Number(body.length) <= 0)
          return { ok: false, error: "invalid_arguments" };
        const fileId = `F0CHART${++fileCount}`;
        return { ok: true, upload_url: `${base}/upload/${fileId}`, file_id: fileId };
      }
      case "files.completeUploadExternal": {
        const files = body.files as { id: string; title?: string }[] | undefined;
        if (!Array.isArray(files) || files.some((file) => !uploads.has(file.id)))
          return { ok: false, error: "file_not_found" };
        return { ok: true, files: files.map((file) => ({ id: file.id, title: file.title ?? "" })) };
      }
      case "conversations.replies":
        return { ok: true, messages: [], has_more: false };
      default:
        return { ok: false, error: "unknown_method" };
    }
  };

  const server: Server = createServer(async (request, response) => {
    const bytes = await readBytes(request);
    const raw = bytes.toString("utf8");
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    if (path.startsWith("/upload/")) {
      const fileId = path.slice("/upload/".length);
      calls.push({ method: "upload", body: { fileId, bytes: bytes.length }, token: null, path });
      uploads.set(fileId, uploadedFile(bytes, request.headers["content-type"]));
      response.writeHead(200, { "content-type": "text/plain" }).end(`OK - ${bytes.length}`);
      return;
    }
    const authorization = request.headers.authorization;
    const token = authorization?.startsWith("Bearer ") === true ? authorization.slice("Bearer ".length) : null;
    let reply: Record<string, unknown>;
    let method: string;
    let body: Record<string, unknown>;
    if (path.startsWith("/api/")) {
      method = path.slice("/api/".length);
      body = parseBody(raw, request.headers["content-type"]);
      const callToken = token ?? (typeof body.token === "string" ? body.token : null);
      calls.push({ method, body, token: callToken, path });
      reply = respondTo(method, body, callToken);
    } else if (path.startsWith("/response/")) {
      method = "response_url";
      body = parseBody(raw, request.headers["content-type"]);
      calls.push({ method, body, token, path });
      reply = { ok: true };
    } else {
      response.writeHead(404).end();
      return;
    }
    const failure = takeFailure(method, body);
    const recorded = calls.at(-1);
    if (failure !== null && recorded !== undefined) recorded.refused = true;
    if (failure !== null && "status" in failure) {
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (failure.retryAfterSeconds !== undefined) headers["retry-after"] = String(failure.retryAfterSeconds);
      response
        .writeHead(failure.status, headers)
        .end(JSON.stringify({ ok: false, error: failure.status === 429 ? "ratelimited" : "internal_error" }));
      return;
    }
    if (failure !== null) reply = { ok: false, error: failure.error };
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(reply));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const callsTo = (method: string) => calls.filter((call) => call.method === method);
  return {
    apiUrl: `${base}/api/`,
    calls,
    uploads,
    responseUrl: (name) => `${base}/response/${name}`,
    callsTo,
    async waitForCall(method, matches = () => true) {
      let found: RecordedCall | undefined;
      await waitUntil(
        () => (found = callsTo(method).find(matches)) !== undefined,
        () => `a ${method} call; recorded so far: ${calls.map((call) => call.method).join(", ") || "none"}`,
      );
      return found as RecordedCall;
    },
    setSocketUrl(url) {
      socketUrl = url;
    },
    failNext(method, failure, times = 1, matches = () => true) {
      failures.push({ method, failure, remaining: times, matches });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error === undefined ? resolve() : reject(error)));
      }),
  };
}

/** The file in an upload: the body itself, or its one part when the client sent multipart form data. */
function uploadedFile(bytes: Buffer, contentType: string | undefined): Buffer {
  const boundary = /multipart\/form-data;\s*boundary=("?)([^";]+)\1/i.exec(contentType ?? "")?.[2];
  if (boundary === undefined) return bytes;
  const start = bytes.indexOf("\r\n\r\n") + 4;
  const end = bytes.indexOf(`\r\n--${boundary}`, start);
  return bytes.subarray(start, end);
}

async function readBytes(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The Web API client sends form fields, JSON-encoding objects and arrays; response URLs get JSON. */
function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (raw === "") return {};
  if (contentType?.includes("application/json") === true) return JSON.parse(raw) as Record<string, unknown>;
  const fields: Record<string, unknown> = {};
  for (const [name, value] of new URLSearchParams(raw)) {
    fields[name] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return fields;
}
