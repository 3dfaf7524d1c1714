import { describe, expect, it } from "vitest";
import { windowProse } from "../../src/search/window-prose.js";

const words = (count: number, word = "word") => Array.from({ length: count }, () => word).join(" ");
const sentence = (count: number) => `Every ${words(count - 2)} end.`;
const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe("windowProse", () => {
  it("keeps a paragraph of up to 150 words whole", () => {
    const paragraph = `${sentence(70)} ${sentence(70)}`;
    expect(windowProse(paragraph)).toEqual([paragraph]);
  });

  it("cuts a long paragraph at sentence boundaries into near-equal windows of at most 150 words", () => {
    const paragraph = Array.from({ length: 8 }, () => sentence(40)).join(" ");
    const windows = windowProse(paragraph);
    expect(windows.map(countWords)).toEqual([120, 120, 80]);
    expect(windows.join(" ")).toBe(paragraph);
  });

  it("never cuts inside a sentence, even one longer than 150 words", () => {
    const long = sentence(170);
    expect(windowProse(`${long} ${sentence(20)}`)).toEqual([long, sentence(20)]);
  });

  it("merges a short paragraph with its neighbour while the result stays within 150 words", () => {
    expect(windowProse(`Waste Management\n\n${sentence(100)}\n\n${sentence(100)}`)).toEqual([
      `Waste Management\n\n${sentence(100)}`,
      sentence(100),
    ]);
  });

  it("keeps two paragraphs apart when both are long enough", () => {
    expect(windowProse(`${sentence(80)}\n\n${sentence(80)}`)).toEqual([sentence(80), sentence(80)]);
  });

  it("returns no windows for empty commentary", () => {
    expect(windowProse("")).toEqual([]);
  });
});
