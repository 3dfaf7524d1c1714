import { decodeEntities } from "./decode-entities.js";
import { normaliseWhitespace } from "./sentence-shape.js";

/** Turns a cell of commentary HTML into clean paragraphs: `<p>`/`<br>` break paragraphs, other tags go, entities are decoded. */
export function htmlToParagraphs(html: string): string[] {
  return html
    .replace(/<\s*\/?\s*(p|br|div|li|ul|ol)\b[^>]*>/gi, "\n\n")
    .replace(/<[^>]*>/g, "")
    .split(/\n\s*\n/)
    .map((paragraph) => normaliseWhitespace(decodeEntities(paragraph)))
    .filter((paragraph) => paragraph !== "");
}
