/**
 * Prints an HTML file to PDF with headless Chromium over the DevTools protocol (Page.printToPDF): the command line's
 * --print-to-pdf cannot take header/footer templates, and CSS @page margin boxes are not supported by Chromium, so
 * the running header and "Page N of M" come from printToPDF's headerTemplate/footerTemplate.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import WebSocket from "ws";

export interface PrintOptions {
  readonly landscape: boolean;
  readonly margin: { readonly top: number; readonly bottom: number; readonly side: number };
  readonly headerTemplate: string;
  readonly footerTemplate: string;
}

const chromiumCandidates = ["chromium-headless-shell", "chromium", "chromium-browser", "google-chrome"];
const mmToInch = (mm: number): number => mm / 25.4;

interface Pending {
  resolve: (value: Record<string, unknown>) => void;
  reject: (error: Error) => void;
}

/** One Chromium process and a DevTools connection to it. */
export class Chromium {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners: ((method: string, params: Record<string, unknown>, sessionId?: string) => void)[] = [];

  private constructor(
    private readonly child: ChildProcess,
    private readonly socket: WebSocket,
    private readonly profile: string,
  ) {
    socket.on("message", (data) => {
      const message = JSON.parse(String(data)) as {
        id?: number;
        result?: Record<string, unknown>;
        error?: { message: string };
        method?: string;
        params?: Record<string, unknown>;
        sessionId?: string;
      };
      if (message.id !== undefined) {
        const waiting = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (message.error) waiting?.reject(new Error(message.error.message));
        else waiting?.resolve(message.result ?? {});
      } else if (message.method) {
        for (const listener of this.listeners) listener(message.method, message.params ?? {}, message.sessionId);
      }
    });
  }

  static async launch(binary = process.env.CHROMIUM ?? chromiumCandidates[0]!): Promise<Chromium> {
    const profile = mkdtempSync(join(tmpdir(), "pdfgen-chromium-"));
    const args = [
      "--headless",
      "--remote-debugging-port=0",
      `--user-data-dir=${profile}`,
      "--no-first-run",
      "--disable-gpu",
      "--font-render-hinting=none",
    ];
    if (process.getuid?.() === 0) args.push("--no-sandbox");
    const child = spawn(binary, [...args, "about:blank"], { stdio: ["ignore", "ignore", "pipe"] });
    const endpoint = await new Promise<string>((resolve, reject) => {
      let stderr = "";
      const timer = setTimeout(
        () => reject(new Error(`${binary} did not start a DevTools endpoint in 20 s:\n${stderr}`)),
        20_000,
      );
      child.on("error", (error) => reject(new Error(`cannot run ${binary}: ${error.message}`)));
      child.stderr?.on("data", (chunk: Buffer) => {
        stderr += String(chunk);
        const match = /DevTools listening on (ws:\/\/\S+)/.exec(stderr);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
    });
    const socket = new WebSocket(endpoint, { perMessageDeflate: false, maxPayload: 512 * 1024 * 1024 });
    await new Promise<void>((resolve, reject) => {
      socket.once("open", () => resolve());
      socket.once("error", reject);
    });
    return new Chromium(child, socket, profile);
  }

  send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.socket.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    });
  }

  private waitFor(method: string, sessionId: string): Promise<void> {
    return new Promise((resolve) => {
      const listener = (name: string, _params: Record<string, unknown>, session?: string): void => {
        if (name === method && session === sessionId) {
          this.listeners.splice(this.listeners.indexOf(listener), 1);
          resolve();
        }
      };
      this.listeners.push(listener);
    });
  }

  /** Prints an HTML file to `output`; returns the PDF's size in bytes. */
  async printToPdf(htmlFile: string, output: string, options: PrintOptions): Promise<number> {
    const { targetId } = (await this.send("Target.createTarget", { url: "about:blank" })) as { targetId: string };
    const { sessionId } = (await this.send("Target.attachToTarget", { targetId, flatten: true })) as {
      sessionId: string;
    };
    try {
      await this.send("Page.enable", {}, sessionId);
      const loaded = this.waitFor("Page.loadEventFired", sessionId);
      await this.send("Page.navigate", { url: pathToFileURL(htmlFile).href }, sessionId);
      await loaded;
      await this.send(
        "Runtime.evaluate",
        { expression: "document.fonts.ready.then(() => true)", awaitPromise: true },
        sessionId,
      );
      const { data } = (await this.send(
        "Page.printToPDF",
        {
          landscape: options.landscape,
          paperWidth: mmToInch(210),
          paperHeight: mmToInch(297),
          marginTop: mmToInch(options.margin.top),
          marginBottom: mmToInch(options.margin.bottom),
          marginLeft: mmToInch(options.margin.side),
          marginRight: mmToInch(options.margin.side),
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: options.headerTemplate,
          footerTemplate: options.footerTemplate,
          preferCSSPageSize: false,
          generateTaggedPDF: false,
        },
        sessionId,
      )) as { data: string };
      const bytes = Buffer.from(data, "base64");
      writeFileSync(output, bytes);
      return bytes.length;
    } finally {
      await this.send("Target.closeTarget", { targetId });
    }
  }

  async close(): Promise<void> {
    try {
      await this.send("Browser.close");
    } catch {
      // the browser may already have gone
    }
    this.socket.close();
    await new Promise<void>((resolve) => {
      if (this.child.exitCode !== null) resolve();
      else this.child.once("exit", () => resolve());
      setTimeout(() => {
        this.child.kill("SIGKILL");
        resolve();
      }, 5_000).unref();
    });
    rmSync(this.profile, { recursive: true, force: true });
  }
}
