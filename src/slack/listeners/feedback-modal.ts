import type { App } from "@slack/bolt";
import { feedbackReasons, type FeedbackReason } from "../../store/feedback-record.js";
import { actionIds } from "../action-ids.js";
import type { ListenerDependencies } from "../listener-dependencies.js";
import { feedbackModalFields, feedbackModalMetadataSchema } from "../render-feedback-modal.js";
import { feedbackSubmissionSchema } from "../slack-payloads.js";

/** The 👎 modal submitted → its reason (and note) added to the feedback record the click created. */
export function register(app: App, dependencies: ListenerDependencies): void {
  app.view(actionIds.feedbackReason, async ({ ack, body }) => {
    const parsed = feedbackSubmissionSchema.safeParse(body);
    const metadata = parsed.success ? safeMetadata(parsed.data.view.private_metadata) : null;
    const values = parsed.success ? parsed.data.view.state.values : {};
    const chosen = values[feedbackModalFields.reasonBlock]?.[feedbackModalFields.reasonAction]?.selected_option?.value;
    if (metadata === null || chosen === undefined || !(feedbackReasons as readonly string[]).includes(chosen)) {
      await ack({
        response_action: "errors",
        errors: { [feedbackModalFields.reasonBlock]: "Please choose what was wrong." },
      });
      return;
    }
    await ack();
    const comment = values[feedbackModalFields.commentBlock]?.[feedbackModalFields.commentAction]?.value?.trim() ?? "";
    if (
      !dependencies.feedback.addReason(metadata.feedbackId, chosen as FeedbackReason, comment === "" ? null : comment)
    ) {
      dependencies.logger.warn(
        `A feedback reason arrived for record ${metadata.feedbackId}, which the store does not hold.`,
      );
    }
  });
}

function safeMetadata(text: string) {
  try {
    const parsed = feedbackModalMetadataSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
