import { appendFile, mkdir } from "node:fs/promises";
import { dirname } from "node:path";

/** One 👍/👎 click, as written to the feedback file. */
export interface FeedbackEntry {
  readonly time: string;
  readonly user: string;
  readonly question: string;
  readonly answer: string;
  readonly vote: "up" | "down";
}

/** Appends a click to a JSON Lines file (one object per line), creating its folder on first use. */
export async function appendFeedback(path: string, entry: FeedbackEntry): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await appendFile(path, `${JSON.stringify(entry)}\n`, "utf8");
}
