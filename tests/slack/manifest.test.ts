import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { actionIds } from "../../src/slack/action-ids.js";

const manifestSchema = z.object({
  features: z
    .object({
      app_home: z.object({
        home_tab_enabled: z.boolean(),
        messages_tab_enabled: z.boolean(),
        messages_tab_read_only_enabled: z.boolean(),
      }),
      // Lengths as slackapi/manifest-schema (schemas/manifest.schema.2.0.0.json) limits them.
      agent_view: z.strictObject({
        agent_description: z.string().min(1).max(300),
        suggested_prompts: z
          .array(z.strictObject({ title: z.string(), message: z.string() }))
          .max(4)
          .optional(),
      }),
      slash_commands: z.array(z.object({ command: z.string(), usage_hint: z.string().optional() })),
      shortcuts: z
        .array(
          z.strictObject({
            name: z.string().min(1).max(24),
            type: z.enum(["message", "global"]),
            callback_id: z.string().min(1).max(255),
            description: z.string().min(1).max(150),
          }),
        )
        .min(1)
        .max(10),
    })
    .loose(),
  oauth_config: z.object({ scopes: z.object({ bot: z.array(z.string()) }) }),
  settings: z.object({
    event_subscriptions: z.object({ bot_events: z.array(z.string()) }),
    interactivity: z.object({ is_enabled: z.boolean() }),
    socket_mode_enabled: z.boolean(),
  }),
});

/** The bot scope each Web API method the code calls needs (Slack's method reference); null: none. */
const methodScopes: Record<string, string | null> = {
  "auth.test": null,
  "chat.postMessage": "chat:write",
  "chat.postEphemeral": "chat:write",
  "chat.update": "chat:write",
  "chat.startStream": "chat:write",
  "chat.appendStream": "chat:write",
  "chat.stopStream": "chat:write",
  "views.publish": null,
  "views.open": null,
  // setStatus accepts chat:write (assistant:write only "for the time being"); prompts and titles need assistant:write.
  "assistant.threads.setStatus": "chat:write",
  "assistant.threads.setSuggestedPrompts": "assistant:write",
  "assistant.threads.setTitle": "assistant:write",
  "apps.connections.open": null,
  // files.uploadV2 (the Web API client's helper) calls these two, with the upload between them.
  "files.getUploadURLExternal": "files:write",
  "files.completeUploadExternal": "files:write",
};

/** The bot scope each event subscription needs. */
const eventScopes: Record<string, string | null> = {
  app_home_opened: null,
  app_mention: "app_mentions:read",
  assistant_thread_started: "assistant:write",
  "message.im": "im:history",
  "message.channels": "channels:history",
  "message.groups": "groups:history",
};

/** Methods the Slack layer calls: `client.chat.postMessage(`, plus the ones Bolt calls for it (its Assistant helpers). */
async function methodsCalled(): Promise<Set<string>> {
  const folder = new URL("../../src/slack/", import.meta.url).pathname;
  const files = (await readdir(folder, { recursive: true })).filter((file) => file.endsWith(".ts"));
  const methods = new Set<string>(["auth.test"]);
  for (const file of files) {
    const source = await readFile(join(folder, file), "utf8");
    for (const match of source.matchAll(/client\.([a-z]+)\.((?:[a-z]+\.)?[a-zA-Z]+)\(/g))
      methods.add(`${match[1]}.${match[2]}`);
    if (source.includes("setStatus(")) methods.add("assistant.threads.setStatus");
    if (source.includes("setSuggestedPrompts(")) methods.add("assistant.threads.setSuggestedPrompts");
    if (source.includes("setTitle(")) methods.add("assistant.threads.setTitle");
    if (source.includes("filesUploadV2("))
      for (const method of ["files.getUploadURLExternal", "files.completeUploadExternal"]) methods.add(method);
    if (source.includes("chatStream("))
      for (const method of ["chat.startStream", "chat.appendStream", "chat.stopStream"]) methods.add(method);
  }
  return methods;
}

describe("the Slack app manifest", () => {
  const load = async () =>
    manifestSchema.parse(JSON.parse(await readFile(new URL("../../slack/manifest.json", import.meta.url), "utf8")));

  it("uses the agent surface (agent_view / agent_description), not the assistant_view new apps can no longer use", async () => {
    const raw = JSON.parse(await readFile(new URL("../../slack/manifest.json", import.meta.url), "utf8")) as {
      features: Record<string, unknown>;
    };
    expect(raw.features).not.toHaveProperty("assistant_view");
    const manifest = await load();
    expect(manifest.features.agent_view.agent_description).toContain("performance reports");
  });

  it("asks for exactly the scopes of the methods the code calls and the events it subscribes to", async () => {
    const manifest = await load();
    const methods = await methodsCalled();
    for (const method of methods) expect(methodScopes, `scope of ${method}`).toHaveProperty([method]);
    const needed = new Set<string>(["commands"]);
    for (const method of methods) {
      const scope = methodScopes[method];
      if (scope !== null && scope !== undefined) needed.add(scope);
    }
    for (const event of manifest.settings.event_subscriptions.bot_events) {
      expect(eventScopes, `scope of event ${event}`).toHaveProperty([event]);
      const scope = eventScopes[event];
      if (scope !== null && scope !== undefined) needed.add(scope);
    }
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...needed].sort());
    expect(manifest.oauth_config.scopes.bot).not.toContain("im:read");
  });

  it("subscribes to the events the listeners handle, including channel threads for follow-ups", async () => {
    const manifest = await load();
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual([
      "app_home_opened",
      "app_mention",
      "assistant_thread_started",
      "message.channels",
      "message.groups",
      "message.im",
    ]);
    expect(manifest.features.slash_commands.map((command) => command.command)).toEqual(["/perf"]);
    expect(manifest.features.shortcuts).toEqual([
      expect.objectContaining({ type: "message", callback_id: actionIds.askShortcut, name: "Ask performance reports" }),
    ]);
    expect(manifest.features.app_home).toEqual({
      home_tab_enabled: true,
      messages_tab_enabled: true,
      messages_tab_read_only_enabled: false,
    });
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });
});
