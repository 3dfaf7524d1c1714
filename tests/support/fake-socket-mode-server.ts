import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";
import { waitUntil } from "./wait-until.js";

/** An envelope Slack sent over the socket and what became of it. */
export interface SentEnvelope {
  readonly envelopeId: string;
  readonly sentAt: number;
  /** When the app acknowledged it (`{ envelope_id }` sent back); null until then. */
  ackedAt: number | null;
  /** The ack's payload, for envelopes that accept one (slash commands). */
  ackPayload: unknown;
}

export interface FakeSocketModeServer {
  /** `ws://127.0.0.1:port/link`: what the fake Web API's `apps.connections.open` returns. */
  readonly url: string;
  /** Connections opened so far (a reconnect adds one). */
  readonly connectionCount: number;
  waitForConnections(count: number): Promise<void>;
  /** Sends an envelope on the newest open socket (`events_api`, `slash_commands`, `interactive`), and records its ack. */
  send(
    type: "events_api" | "slash_commands" | "interactive",
    payload: Record<string, unknown>,
    options?: { envelopeId?: string; retryAttempt?: number },
  ): SentEnvelope;
  waitForAck(envelope: SentEnvelope): Promise<number>;
  /** Drops every open socket without a goodbye, as a network failure or a Slack restart would. */
  dropConnections(): void;
  close(): Promise<void>;
}

/**
 * A local stand-in for Slack's Socket Mode endpoint (the `ws` package on 127.0.0.1): greets each connection with
 * `hello` as Slack does, sends envelopes in Slack's shape (`envelope_id`, `payload`, `retry_attempt`…), and records
 * the app's acks with their timing.
 */
export async function startFakeSocketModeServer(): Promise<FakeSocketModeServer> {
  const server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const sockets: WebSocket[] = [];
  const envelopes = new Map<string, SentEnvelope>();
  let connectionCount = 0;
  server.on("connection", (socket) => {
    connectionCount += 1;
    sockets.push(socket);
    socket.on("message", (data) => {
      const message = JSON.parse(String(data)) as { envelope_id?: string; payload?: unknown };
      const envelope = message.envelope_id === undefined ? undefined : envelopes.get(message.envelope_id);
      if (envelope !== undefined && envelope.ackedAt === null) {
        envelope.ackedAt = Date.now();
        envelope.ackPayload = message.payload ?? null;
      }
    });
    socket.send(
      JSON.stringify({
        type: "hello",
        num_connections: 1,
        debug_info: { host: "fake-socket-mode", approximate_connection_time: 3600 },
        connection_info: { app_id: "A0PERF" },
      }),
    );
  });
  const open = () => sockets.filter((socket) => socket.readyState === socket.OPEN);
  return {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link`,
    get connectionCount() {
      return connectionCount;
    },
    waitForConnections: (count) =>
      waitUntil(
        () => connectionCount >= count && open().length > 0,
        () => `${count} Socket Mode connection(s); ${connectionCount} so far`,
        20_000,
      ),
    send(type, payload, { envelopeId = randomUUID(), retryAttempt = 0 } = {}) {
      const socket = open().at(-1);
      if (socket === undefined) throw new Error("no open Socket Mode connection to send on");
      const envelope: SentEnvelope = { envelopeId, sentAt: Date.now(), ackedAt: null, ackPayload: null };
      envelopes.set(envelopeId, envelope);
      socket.send(
        JSON.stringify({
          envelope_id: envelopeId,
          payload,
          type,
          accepts_response_payload: type !== "events_api",
          retry_attempt: retryAttempt,
          retry_reason: retryAttempt === 0 ? "" : "timeout",
        }),
      );
      return envelope;
    },
    async waitForAck(envelope) {
      await waitUntil(
        () => envelope.ackedAt !== null,
        () => `the ack of envelope ${envelope.envelopeId}`,
      );
      return (envelope.ackedAt as number) - envelope.sentAt;
    },
    dropConnections() {
      for (const socket of sockets) socket.terminate();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.terminate();
        server.close(() => resolve());
      }),
  };
}
