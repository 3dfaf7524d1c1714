import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { z } from "zod";

const manifestSchema = z.object({
  features: z.object({
    app_home: z.object({ home_tab_enabled: z.boolean(), messages_tab_enabled: z.boolean(), messages_tab_read_only_enabled: z.boolean() }),
    assistant_view: z.object({ assistant_description: z.string() }),
    slash_commands: z.array(z.object({ command: z.string() })),
  }),
  oauth_config: z.object({ scopes: z.object({ bot: z.array(z.string()) }) }),
  settings: z.object({
    event_subscriptions: z.object({ bot_events: z.array(z.string()) }),
    interactivity: z.object({ is_enabled: z.boolean() }),
    socket_mode_enabled: z.boolean(),
  }),
});

describe("the Slack app manifest", () => {
  it("asks for every event, scope and surface the listeners use, and nothing to read channels", async () => {
    const manifest = manifestSchema.parse(JSON.parse(await readFile(new URL("../../slack/manifest.json", import.meta.url), "utf8")));
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual(["app_home_opened", "app_mention", "assistant_thread_context_changed", "assistant_thread_started", "message.im"]);
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(["app_mentions:read", "assistant:write", "chat:write", "commands", "im:history", "im:read"]);
    expect(manifest.features.slash_commands.map((command) => command.command)).toEqual(["/perf"]);
    expect(manifest.features.app_home).toEqual({ home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: false });
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });
});
