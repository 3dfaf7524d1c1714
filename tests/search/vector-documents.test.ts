import { describe, expect, it } from "vitest";
import type { Chunk } from "../../src/search/chunk.js";
import { chunkDocumentText, vectorDocuments } from "../../src/search/vector-documents.js";

const chunk = (id: string, text: string, context = ""): Chunk => ({
  id,
  report: "2025-26-q2",
  period: "Quarter 2 2025-26",
  objective: "SO-12",
  measure: null,
  outcome: null,
  kind: "commentary",
  text,
  context,
});

describe("vectorDocuments", () => {
  it("gives each chunk its whole (context first) and one document per sentence, all naming the chunk", () => {
    const documents = vectorDocuments([
      chunk("r/SO-12/commentary-1", "Potholes are down. Gritting starts in October.", "SO-12 Highways"),
    ]);
    expect(documents.map((document) => [document.id, document.pageContent, document.metadata.chunk])).toEqual([
      [
        "r/SO-12/commentary-1",
        "SO-12 Highways\nPotholes are down. Gritting starts in October.",
        "r/SO-12/commentary-1",
      ],
      ["r/SO-12/commentary-1#1", "Potholes are down.", "r/SO-12/commentary-1"],
      ["r/SO-12/commentary-1#2", "Gritting starts in October.", "r/SO-12/commentary-1"],
    ]);
  });

  it("does not repeat a one-sentence chunk without context as its own sentence", () => {
    const documents = vectorDocuments([chunk("r/a", "Saved nearly £1m on waste contracts.")]);
    expect(documents.map((document) => document.id)).toEqual(["r/a"]);
    expect(chunkDocumentText(chunk("r/a", "Text.", "Context"))).toBe("Context\nText.");
  });
});
