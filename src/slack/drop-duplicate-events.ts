import type { AnyMiddlewareArgs, Logger, Middleware } from "@slack/bolt";
import { z } from "zod";
import type { BoundedMap } from "./bounded-map.js";

const eventEnvelopeSchema = z.object({ event_id: z.string() });

/**
 * Global middleware that lets each Events API `event_id` through once. Slack redelivers an event it thinks went
 * unanswered (same `event_id`, an `x-slack-retry-num` header) and Bolt does not de-duplicate, so without this a
 * slow answer would be posted twice. Memory is bounded by the map's capacity.
 */
export function dropDuplicateEvents({
  seen,
  logger,
}: {
  seen: BoundedMap<string, true>;
  logger: Logger;
}): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const envelope = eventEnvelopeSchema.safeParse(body);
    if (envelope.success) {
      const eventId = envelope.data.event_id;
      if (seen.has(eventId)) {
        logger.info(
          `Ignored a repeat delivery of event ${eventId} (retry ${String(context.retryNum ?? "without header")}).`,
        );
        return;
      }
      seen.set(eventId, true);
    }
    await next();
  };
}
