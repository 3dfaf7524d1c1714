// Prints HTML to PDF with headless Chromium over the DevTools protocol, so every page gets a running header and a
// "Page N of M" footer (which the command line's --print-to-pdf cannot add).
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import WebSocket from "ws";

export interface PrintOptions {
  readonly html: string;
  readonly landscape: boolean;
  readonly headerTemplate: string;
  readonly footerTemplate: string;
  readonly chromium?: string;
}

export async function printPdf(options: PrintOptions): Promise<Buffer> {
  const directory = mkdtempSync(join(tmpdir(), "report-pdf-"));
  const page = join(directory, "report.html");
  writeFileSync(page, options.html);
  const browser = spawn(
    options.chromium ?? "chromium-headless-shell",
    [
      "--no-sandbox",
      "--headless",
      "--remote-debugging-port=0",
      `--user-data-dir=${join(directory, "profile")}`,
      "about:blank",
    ],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  try {
    const endpoint = await new Promise<string>((resolve, reject) => {
      let output = "";
      browser.stderr.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        const found = /DevTools listening on (ws:\S+)/.exec(output);
        if (found?.[1]) resolve(found[1]);
      });
      browser.on("exit", () => reject(new Error(`chromium exited: ${output}`)));
    });
    const socket = new WebSocket(endpoint);
    await new Promise((resolve) => socket.once("open", resolve));
    let id = 0;
    const pending = new Map<number, (message: { result?: Record<string, unknown>; error?: unknown }) => void>();
    const waiters: { method: string; resolve: () => void }[] = [];
    socket.on("message", (data) => {
      const message = JSON.parse(data.toString()) as {
        id?: number;
        method?: string;
        result?: Record<string, unknown>;
        error?: unknown;
      };
      if (message.id !== undefined) pending.get(message.id)?.(message);
      const waiter = waiters.findIndex((candidate) => candidate.method === message.method);
      if (waiter >= 0) waiters.splice(waiter, 1)[0]?.resolve();
    });
    const send = (method: string, params: Record<string, unknown> = {}, sessionId?: string) =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        id += 1;
        pending.set(id, (message) =>
          message.error ? reject(new Error(JSON.stringify(message.error))) : resolve(message.result ?? {}),
        );
        socket.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
      });
    const { targetId } = (await send("Target.createTarget", { url: "about:blank" })) as { targetId: string };
    const { sessionId } = (await send("Target.attachToTarget", { targetId, flatten: true })) as { sessionId: string };
    await send("Page.enable", {}, sessionId);
    const loaded = new Promise<void>((resolve) => waiters.push({ method: "Page.loadEventFired", resolve }));
    await send("Page.navigate", { url: pathToFileURL(page).href }, sessionId);
    await loaded;
    const { data } = (await send(
      "Page.printToPDF",
      {
        landscape: options.landscape,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: options.headerTemplate,
        footerTemplate: options.footerTemplate,
        paperWidth: 8.27,
        paperHeight: 11.69,
        marginTop: 0.7,
        marginBottom: 0.7,
        marginLeft: 0.5,
        marginRight: 0.5,
      },
      sessionId,
    )) as { data: string };
    socket.close();
    return Buffer.from(data, "base64");
  } finally {
    browser.kill();
    rmSync(directory, { recursive: true, force: true });
  }
}
