import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { feedbackRecordSchema } from "../../src/store/feedback-record.js";
import { openFeedbackStore } from "../../src/store/open-feedback-store.js";
import { potholesAnswer } from "../support/answer-fixtures.js";

// The feedback store and `npm run feedback` live here, beside the Slack listeners that write the records.
const answer = potholesAnswer("How many potholes have been repaired?");
const entry = (vote: "up" | "down", question = answer.question) => ({
  time: "2026-12-06T04:00:00.000Z",
  vote,
  question,
  answer: answer.answer,
  facts: answer.facts,
  sources: answer.sources,
  plan: answer.plan,
  user: "U0CLICKER",
  channel: "C0HIGHWAYS",
  messageTs: "1761000000.000001",
  answerId: "a1",
});

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "feedback-"));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe("the feedback store", () => {
  it("creates its folder and table, stores records with their facts, sources and plan, and adds a reason later", () => {
    const path = join(folder, "nested", "feedback.sqlite");
    const store = openFeedbackStore(path);
    const up = store.record(entry("up"));
    const down = store.record(entry("down", 'Potholes, "with quotes", and\na new line'));
    expect(store.addReason(down, "missing_caveat", "The footnote says the data may change.")).toBe(true);
    expect(store.addReason(999, "other", null)).toBe(false);
    store.close();
    const reopened = openFeedbackStore(path);
    const records = reopened.list();
    reopened.close();
    expect(records.map((record) => [record.id, record.vote, record.reason])).toEqual([
      [up, "up", null],
      [down, "down", "missing_caveat"],
    ]);
    expect(records[1]).toMatchObject({
      facts: answer.facts,
      sources: answer.sources,
      plan: answer.plan,
      comment: "The footnote says the data may change.",
    });
  });
});

describe("npm run feedback", () => {
  const path = () => join(folder, "cli.sqlite");
  const run = (args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", "src/cli/feedback.ts", "--database", path(), ...args], {
      encoding: "utf8",
      timeout: 60_000,
    });
  beforeAll(() => {
    const store = openFeedbackStore(path());
    store.record(entry("up"));
    const down = store.record(entry("down", 'Potholes, "quoted", in 2024-25?'));
    store.addReason(down, "wrong_period", "Asked about the year end");
    store.close();
  });

  it("lists the records with vote, reason, note and question", () => {
    const result = run([]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("2 records (1 👍, 1 👎)");
    expect(result.stdout).toContain("👎 wrong period — “Asked about the year end”");
    expect(result.stdout).toContain('Potholes, "quoted", in 2024-25? · 2 figures · U0CLICKER in C0HIGHWAYS');
  });

  it("exports JSON that parses back into the records, and --down keeps only 👎", () => {
    const all = feedbackRecordSchema.array().parse(JSON.parse(run(["--json"]).stdout));
    expect(all).toHaveLength(2);
    expect(all[0]?.facts).toEqual(answer.facts);
    const down = feedbackRecordSchema.array().parse(JSON.parse(run(["--json", "--down"]).stdout));
    expect(down.map((record) => record.reason)).toEqual(["wrong_period"]);
  });

  it("exports CSV with a header and quoted cells", () => {
    const lines = run(["--csv"]).stdout.trimEnd().split("\n");
    expect(lines[0]).toBe(
      "id,time,vote,reason,comment,question,answer,facts,sources,plan,user,channel,messageTs,answerId",
    );
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain('"Potholes, ""quoted"", in 2024-25?"');
    expect(lines[2]).toContain(",wrong_period,Asked about the year end,");
  });

  it("says there is no feedback yet when the file does not exist", () => {
    const result = spawnSync(
      process.execPath,
      ["--import", "tsx", "src/cli/feedback.ts", "--database", join(folder, "none.sqlite")],
      { encoding: "utf8" },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("no feedback yet");
  });
});
