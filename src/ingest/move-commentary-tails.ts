import { endsSentence, joinWithSpace, startsLowerCase } from "./sentence-shape.js";

/** Anything with commentary paragraphs in printed order. */
export interface WithParagraphs {
  paragraphs: string[];
}

/**
 * Gives back to each objective the tail of its commentary that the extraction printed at the start of the next
 * objective's cell: when an objective's commentary stops mid-sentence and the next one's starts lower-case, the
 * next one's leading paragraphs move back — the first, then each following one while the moved text is still
 * mid-sentence — joined to the unfinished sentence with a space. Returns how many tails moved.
 */
export function moveCommentaryTails(objectives: readonly WithParagraphs[]): number {
  let moved = 0;
  objectives.forEach((objective, index) => {
    const previous = index > 0 ? objectives[index - 1] : undefined;
    const unfinished = previous?.paragraphs.at(-1);
    const first = objective.paragraphs[0];
    if (previous === undefined || unfinished === undefined || first === undefined) return;
    if (endsSentence(unfinished) || !startsLowerCase(first)) return;
    let count = 1;
    while (count < objective.paragraphs.length && !endsSentence(objective.paragraphs[count - 1] ?? "")) count += 1;
    const tail = objective.paragraphs.splice(0, count);
    previous.paragraphs[previous.paragraphs.length - 1] = joinWithSpace(unfinished, tail[0] ?? "");
    previous.paragraphs.push(...tail.slice(1));
    moved += 1;
  });
  return moved;
}
