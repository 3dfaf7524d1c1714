import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { feedbackRecordSchema, type FeedbackReason, type FeedbackRecord, type NewFeedback } from "./feedback-record.js";

/** The feedback table in its own SQLite file (data/feedback.sqlite), apart from the generated records store. */
export interface FeedbackStore {
  /** Stores a 👍/👎 and returns its id. */
  record(entry: NewFeedback): number;
  /** Adds the reason (and words) chosen in the 👎 modal; false when there is no such record. */
  addReason(id: number, reason: FeedbackReason, comment: string | null): boolean;
  /** Every record, oldest first. */
  list(): FeedbackRecord[];
  close(): void;
}

const schema = `
CREATE TABLE IF NOT EXISTS feedback (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  time TEXT NOT NULL,
  vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
  reason TEXT,
  comment TEXT,
  question TEXT NOT NULL,
  answer TEXT NOT NULL,
  facts TEXT NOT NULL,
  sources TEXT NOT NULL,
  plan TEXT,
  user TEXT NOT NULL,
  channel TEXT,
  message_ts TEXT,
  answer_id TEXT NOT NULL
)`;

interface Row {
  id: number;
  time: string;
  vote: string;
  reason: string | null;
  comment: string | null;
  question: string;
  answer: string;
  facts: string;
  sources: string;
  plan: string | null;
  user: string;
  channel: string | null;
  message_ts: string | null;
  answer_id: string;
}

/** Opens (creating file, folder and table on first use) the feedback store; writes are parameterised SQL. */
export function openFeedbackStore(path: string): FeedbackStore {
  mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  db.exec(schema);
  const insert = db.prepare(
    `INSERT INTO feedback (time, vote, question, answer, facts, sources, plan, user, channel, message_ts, answer_id)
     VALUES (@time, @vote, @question, @answer, @facts, @sources, @plan, @user, @channel, @messageTs, @answerId)`,
  );
  const update = db.prepare("UPDATE feedback SET reason = ?, comment = ? WHERE id = ?");
  const select = db.prepare("SELECT * FROM feedback ORDER BY id");
  return {
    record(entry) {
      const result = insert.run({
        ...entry,
        facts: JSON.stringify(entry.facts),
        sources: JSON.stringify(entry.sources),
        plan: entry.plan === null ? null : JSON.stringify(entry.plan),
      });
      return Number(result.lastInsertRowid);
    },
    addReason(id, reason, comment) {
      return update.run(reason, comment, id).changes === 1;
    },
    list() {
      return (select.all() as Row[]).map((row) =>
        feedbackRecordSchema.parse({
          id: row.id,
          time: row.time,
          vote: row.vote,
          reason: row.reason,
          comment: row.comment,
          question: row.question,
          answer: row.answer,
          facts: JSON.parse(row.facts),
          sources: JSON.parse(row.sources),
          plan: row.plan === null ? null : JSON.parse(row.plan),
          user: row.user,
          channel: row.channel,
          messageTs: row.message_ts,
          answerId: row.answer_id,
        }),
      );
    },
    close() {
      db.close();
    },
  };
}
