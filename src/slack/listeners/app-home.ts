import type { App } from "@slack/bolt";
import type { ListenerDependencies } from "../listener-dependencies.js";
import { renderHomeView } from "../render-home-view.js";
import { appHomeOpenedEventSchema } from "../slack-payloads.js";

/** Opening the App Home tab publishes the reports loaded, objectives counted by rating, and example questions. */
export function register(app: App, dependencies: ListenerDependencies): void {
  app.event("app_home_opened", async ({ event, client }) => {
    const parsed = appHomeOpenedEventSchema.safeParse(event);
    if (!parsed.success || (parsed.data.tab !== undefined && parsed.data.tab !== "home")) return;
    await client.views.publish({ user_id: parsed.data.user, view: renderHomeView(dependencies.summaries, dependencies.examples) });
  });
}
