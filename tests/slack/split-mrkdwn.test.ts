import { describe, expect, it } from "vitest";
import { splitMrkdwn } from "../../src/slack/split-mrkdwn.js";

describe("splitMrkdwn", () => {
  it("returns short text as one piece and empty text as none", () => {
    expect(splitMrkdwn("  28,024 potholes  ", 3000)).toEqual(["28,024 potholes"]);
    expect(splitMrkdwn("  ", 3000)).toEqual([]);
  });

  it("breaks at a paragraph before a line, a line before a sentence, a sentence before a space", () => {
    expect(splitMrkdwn("First paragraph here.\n\nSecond one.", 25)).toEqual(["First paragraph here.", "Second one."]);
    expect(splitMrkdwn("First line is here\nSecond line", 25)).toEqual(["First line is here", "Second line"]);
    expect(splitMrkdwn("One sentence here. Two words more", 25)).toEqual(["One sentence here.", "Two words more"]);
    expect(splitMrkdwn("aaaa bbbb cccc dddd eeee ffff", 12)).toEqual(["aaaa bbbb", "cccc dddd", "eeee ffff"]);
  });

  it("cuts a word longer than the limit hard, but never inside an entity", () => {
    expect(splitMrkdwn("x".repeat(25), 10)).toEqual(["x".repeat(10), "x".repeat(10), "x".repeat(5)]);
    expect(splitMrkdwn(`${"x".repeat(8)}&amp;${"y".repeat(5)}`, 10)).toEqual(["x".repeat(8), `&amp;${"y".repeat(5)}`]);
  });

  it("keeps every piece within the limit and every character of a long text", () => {
    const text = Array.from({ length: 300 }, (_, index) => `Sentence ${index} says something about highways.`).join(
      " ",
    );
    const pieces = splitMrkdwn(text, 3000);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(3000);
    expect(pieces.join(" ")).toBe(text);
  });
});
