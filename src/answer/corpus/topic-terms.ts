import { stemWord } from "../../search/stem-word.js";

/**
 * Words that carry no topic in a question about the reports: question words, filler, and words every
 * report row shares ("council", "number", "percentage").
 */
const stopWords = new Set(
  (
    "a an the of in on at to for from by with and or but is are was were be been being has have had do does did " +
    "how many much what which who whom whose why when where whether there their they them this that these those " +
    "it its as into than then so such our we us you your i me my any all some each per about over under up down out off " +
    "can could would should will shall may might must not no yes if also just very more most less least only " +
    "tell show give say said list please currently current latest recent recently now today so far far " +
    "council councils report reports quarter q1 q2 q3 q4 year years ytd end financial " +
    "number numbers percentage percent proportion rate total amount figure figures level levels performance " +
    "doing going goes go get got been being happened happening done made make share against target targets " +
    "benchmark benchmarks average averages england national comparator overall between compare comparing latest"
  ).split(/\s+/),
);

/** Lower-cased word and number tokens of a text, stop words dropped, plurals folded. */
export function topicTerms(text: string): string[] {
  const tokens = text
    .toLowerCase()
    .replace(/[’']s\b/g, "")
    .replace(/(\d),(?=\d{3}\b)/g, "$1")
    .replace(/\b(\d+)k\b/g, "$1000")
    .match(/[a-z]+|\d+(?:\.\d+)?/g);
  if (!tokens) return [];
  const result: string[] = [];
  for (const token of tokens) {
    if (/^[a-z]$/.test(token)) continue;
    const folded = foldPlural(token);
    // "gives" is "give": a stop word in either form is dropped.
    if (stopWords.has(token) || stopWords.has(folded)) continue;
    result.push(folded);
  }
  return result;
}

function foldPlural(token: string): string {
  if (/^\d/.test(token)) return token;
  if (token.length > 4 && token.endsWith("ies")) return `${token.slice(0, -3)}y`;
  if (token.length > 4 && /(ses|xes|ches|shes)$/.test(token)) return token.slice(0, -2);
  if (token.length > 3 && token.endsWith("s") && !token.endsWith("ss") && !token.endsWith("us"))
    return token.slice(0, -1);
  return token;
}

const derivations = new Set([
  "",
  "s",
  "e",
  "es",
  "ed",
  "d",
  "ied",
  "ies",
  "y",
  "ing",
  "ion",
  "ions",
  "tion",
  "tions",
  "ation",
  "action",
  "ment",
  "ments",
  "ance",
  "ence",
  "al",
  "ally",
  "ly",
  "ive",
  "er",
  "ers",
  "ory",
]);

const inflections = new Set(["", "s", "es", "ed", "d", "ing", "ings", "ly", "ren", "ies", "y"]);

/**
 * Whether two terms are forms of one word: equal, or sharing a long enough prefix
 * ("disposing" ~ "disposal", "signposted" ~ "signposting", "care" ~ "cared"; not "bus" ~ "business",
 * nor "highway" ~ "higher"), or sharing a Porter stem ("saved" ~ "savings").
 */
export function sameWord(left: string, right: string): boolean {
  if (left === right) return true;
  if (/^\d/.test(left) || /^\d/.test(right)) return false;
  if (stemWord(left) === stemWord(right)) return true;
  const shorter = Math.min(left.length, right.length);
  if (shorter < 4) return false;
  let common = 0;
  while (common < shorter && left[common] === right[common]) common += 1;
  // …and the longer word may add at most three letters to what they share ("land" is not "landfill"); a short word
  // only an inflection ("care" is "cared", not "carers"; "child" is "children").
  const longer = Math.max(left.length, right.length);
  // "satisfaction" ~ "satisfied", "completion" ~ "completed", "assessment" ~ "assessed": one root, two endings.
  if (common >= 5 && shorter >= 7 && derivations.has(left.slice(common)) && derivations.has(right.slice(common)))
    return true;
  if (longer - common > 3) return false;
  // Words that part on an ending no word takes ("shortage" from "shortly") are two words.
  const rests = [left.slice(common), right.slice(common)];
  if (!rests.every((rest) => inflections.has(rest) || derivations.has(rest))) return false;
  if (shorter < 6 && ![left.slice(common), right.slice(common)].every((rest) => inflections.has(rest))) return false;
  return shorter === 4 ? common === 4 : common >= Math.max(5, shorter - 3);
}
