import { Document } from "@langchain/core/documents";
import type { Chunk } from "./chunk.js";
import { splitSentences } from "./split-sentences.js";

/** Metadata of a vector document: the chunk it stands for and that chunk's report (for a quick filter). */
export type VectorDocumentMetadata = { readonly chunk: string; readonly report: string };

/** What is embedded for a chunk as a whole: its context (objective code and title, notes) before its own words. */
export function chunkDocumentText(chunk: Chunk): string {
  return chunk.context ? `${chunk.context}\n${chunk.text}` : chunk.text;
}

/**
 * The documents embedded for the chunks: per chunk one of the whole (context + text) and one per sentence
 * of its text (skipped when it would repeat the whole). A chunk is as close to a query as its closest
 * document, so a short question can meet the one sentence of a long paragraph it is about, which an
 * average over the whole paragraph's words drowns ("small-to-big" retrieval). Ids are "<chunk id>" and
 * "<chunk id>#<n>"; the metadata names the chunk and its report.
 */
export function vectorDocuments(chunks: readonly Chunk[]): Document<VectorDocumentMetadata>[] {
  return chunks.flatMap((chunk) => {
    const whole = chunkDocumentText(chunk);
    const sentences = splitSentences(chunk.text).filter((sentence) => sentence !== whole);
    return [
      new Document({ id: chunk.id, pageContent: whole, metadata: { chunk: chunk.id, report: chunk.report } }),
      ...sentences.map(
        (sentence, position) =>
          new Document({
            id: `${chunk.id}#${position + 1}`,
            pageContent: sentence,
            metadata: { chunk: chunk.id, report: chunk.report },
          }),
      ),
    ];
  });
}
