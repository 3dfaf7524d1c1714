import { editDistance } from "./edit-distance.js";

/** What spelling correction knows: the reports' own words, and optionally how common an English word is. */
export interface Lexicon {
  /** Lower-case words of the reports with how many texts hold each. */
  readonly words: ReadonlyMap<string, number>;
  /** Frequency rank of an English word (0 = most common), undefined for a word no English list holds. */
  readonly englishRank?: (word: string) => number | undefined;
}

/** A word read as another. */
export interface Correction {
  readonly from: string;
  readonly to: string;
}

// English words ranked past this are rare enough that, absent from the reports, they are more likely a typo.
const commonEnglish = 80_000;

/**
 * Reads a mistyped word as the reports' word it is closest to: only words the reports do not use, not common
 * English, at most one edit away (two for words of seven letters or more), and only where one report word is
 * the clear best (closest, then most used). Without an English word list, nothing is corrected: an ordinary
 * word the reports never use would otherwise be "corrected" into one they do.
 */
export function correctSpelling(text: string, lexicon: Lexicon): { text: string; corrections: Correction[] } {
  const corrections: Correction[] = [];
  if (!lexicon.englishRank) return { text, corrections };
  const englishRank = lexicon.englishRank;
  const corrected = text.replace(/[A-Za-z]{4,}/g, (word) => {
    const lower = word.toLowerCase();
    // Two capitals or more are an acronym or a name ("ONS", "DoLS"); known words stay.
    if (/[A-Z].*[A-Z]/.test(word) || lexicon.words.has(lower) || knownForm(lower, lexicon.words)) return word;
    const rank = englishRank(lower);
    if (rank !== undefined && rank < commonEnglish) return word;
    // A word an English list holds, however rare, is read as another only one edit away ("electively" is not
    // "effectively"); two edits only for a word no list holds.
    const limit = lower.length >= 7 && rank === undefined ? 2 : 1;
    let best: { word: string; distance: number; frequency: number } | null = null;
    let tied = false;
    for (const [candidate, frequency] of lexicon.words) {
      if (Math.abs(candidate.length - lower.length) > limit || (candidate[0] !== lower[0] && limit === 1)) continue;
      const distance = editDistance(lower, candidate, limit);
      // Two edits and a different second letter is another word ("electively" is not "effectively").
      if (distance > limit || (distance === 2 && candidate.slice(0, 2) !== lower.slice(0, 2))) continue;
      if (!best || distance < best.distance || (distance === best.distance && frequency > best.frequency)) {
        tied = best !== null && distance === best.distance && frequency === best.frequency;
        best = { word: candidate, distance, frequency };
      } else if (distance === best.distance && frequency === best.frequency) tied = true;
    }
    if (!best || tied) return word;
    corrections.push({ from: word, to: best.word });
    return best.word;
  });
  return { text: corrected, corrections };
}

// "repairs" when the reports say "repair", "timescales" for "timescale".
function knownForm(word: string, words: ReadonlyMap<string, number>): boolean {
  const stems = [
    word.replace(/(?:ies)$/, "y"),
    word.replace(/(?:es|s|ed|ing|ly)$/, ""),
    word.replace(/(?:s)$/, ""),
    `${word}s`,
    `${word}e`,
  ];
  return stems.some((stem) => stem !== word && stem.length >= 3 && words.has(stem));
}
