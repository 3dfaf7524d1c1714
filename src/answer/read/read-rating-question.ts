import { topicTerms } from "../corpus/topic-terms.js";
import { escapeRegExp } from "./escape-reg-exp.js";
import { outcomeOwnWords, outcomeWords } from "./outcome-words.js";

type Rating = "Complete" | "Strong" | "Good" | "Review" | "Action";

const ratingOrder: readonly Rating[] = ["Complete", "Strong", "Good", "Review", "Action"];

// The ways people say a rating, longest first so "flagged for action" is read before "flagged". RAG colours map
// to the reports' key: red = Action, amber = Review, green = Good (Strong for measures).
const ratingPhrases: readonly { readonly pattern: RegExp; readonly ratings: readonly Rating[] }[] = [
  // "good, not strong", "amber rather than red": the rating set aside after the one asked for adds nothing.
  {
    pattern:
      /(?<=\b(?:complete|completed|strong|good|green|review|amber|action|red)["'”]?)\s*,?\s*(?:(?:but|and)\s+)?(?:not|rather than|instead of)\s+(?:rated\s+)?(?:as\s+)?(?:complete|completed|strong|good|green|review|amber|action|red)\b/gi,
    ratings: [],
  },
  // "anything not green", "which aren't on track": what is rated below Good.
  {
    pattern:
      /\b(?:not|isn't|aren't|wasn't|weren't|anything but|other than)\s+(?:rated\s+)?(?:green|good|strong|on track|complete|completed)\b/gi,
    ratings: ["Review", "Action"],
  },
  {
    pattern:
      /\b(?:(?:flagged|marked|rated|showing|shown)\s+(?:for\s+|as\s+)?|(?:needing|needs?|requiring|requires?|for)\s+)(?:an?\s+)?action\b|\bin the red\b|\bred\b|\bfailing\b|\boff target\b/gi,
    ratings: ["Action"],
  },
  {
    pattern:
      /\b(?:(?:flagged|marked|rated)\s+(?:for\s+|as\s+)?|(?:under|for|needing|needs?|requiring|requires?)\s+)(?:an?\s+)?review\b|\bin the amber\b|\bamber\b|\bat risk\b/gi,
    ratings: ["Review"],
  },
  {
    pattern:
      /\b(?:off (?:track|course)|not on (?:track|course)|struggling|slipping|behind(?: schedule| target)?|flagged|of concern|concerns?|concerning|worr(?:y|ied|ying)(?: about)?|needs? attention|needing attention|problems?|problem areas|issues|under ?performing|below target|missing (?:the |their |its )?targets?|not (?:doing|going) well|badly|poorly|worst)\b/gi,
    ratings: ["Review", "Action"],
  },
  {
    pattern:
      /\b(?:rated|marked)\s+(?:as\s+)?(?:good|green)\b|\bin the green\b|\bgreen\b|\bon (?:track|course)\b|\b(?:doing|going|performing) well\b|\bahead of target\b|\b(?:hitting|meeting|above|beating|beat|exceeding|exceeded|smashing|smashed|surpassing|ahead of|over) (?:the |their |its )?targets?\b|\bbest\b|\bgood news\b|\bsuccess(?:es)?\b/gi,
    ratings: ["Good", "Strong"],
  },
  { pattern: /\b(?:rated\s+)?strong\b/gi, ratings: ["Strong"] },
  { pattern: /\b(?:rated\s+)?good\b/gi, ratings: ["Good"] },
  // "signed off as done", "ticked off": finished work.
  {
    pattern:
      /\b(?:signed|ticked|closed)\s+off(?:\s+as\s+(?:complete|completed|finished|done|delivered))?\b|\b(?:rated\s+)?(?:complete|completed|finished|done|delivered)\b/gi,
    ratings: ["Complete"],
  },
  { pattern: /\b(?:rated\s+)?action\b/gi, ratings: ["Action"] },
  { pattern: /\b(?:rated\s+)?review\b/gi, ratings: ["Review"] },
];

// Words that name what is listed, or nothing at all: what a rating question may hold besides its rating.
const filler = new Set(
  (
    "anything everything something nothing anywhere things thing areas area items item stuff moment right bit bits ones one " +
    "objective objectives measure measures indicator indicators kpi metric metrics priority priorities aim aims " +
    "rated rating ratings rag status flagged marked currently point look looking like see seeing whats hows " +
    "outcome theme section service services team teams council wide councilwide across where still stand standing " +
    "got get gets getting came come comes coming know need want see tell main key top big biggest major really actually right now flag flags alert alerts performing performance performer performers showing shown show shows"
  ).split(/\s+/),
);

const periodPhrase =
  /\b(?:(?:at\s+)?(?:the\s+)?end\s+of\s+(?:the\s+)?(?:financial\s+)?(?:year\s+)?(?:20\d\d\s*[-/]\s*(?:20)?\d\d)?|(?:q|quarter)\s*[1-4](?:\s+20\d\d\s*[-/]\s*(?:20)?\d\d)?|20\d\d\s*[-/]\s*(?:20)?\d\d(?:\s+year[\s-]*end)?|year[\s-]*end|(?:this|last|previous|current)\s+(?:financial\s+)?(?:year|quarter)|(?:latest|last|previous|current|this)\s+report)\b/gi;

/**
 * A question about ratings with no topic of its own — "what's red at the moment?", "anything flagged for action
 * under Place?", "which areas are doing well" — as the plain questions the planner reads: one per kind of record
 * it may mean ("which objectives are rated Action", "which measures are rated Action"), with the outcome and period
 * it named. Null when the question is not one (it names a topic, or no rating).
 */
export function readRatingQuestion(question: string, outcomeNames: readonly string[]): string[] | null {
  // A named objective, a why, or a blank rating is the planner's own to read.
  if (
    /\bSO[-\s]?\d|^\s*(?:and\s+)?(?:why|how come)\b|\bblank\b|\bno (?:progress )?rating\b|\bunrated\b|\bawaiting\b|\bnot (?:yet )?(?:been )?rated\b/i.test(
      question,
    )
  )
    return null;
  // "are we on track?", "is it red?": a yes or no about what was asked before, not a list.
  if (
    /^\s*(?:and\s+)?(?:are|is|were|was|have|has|do|does|did)\s+(?:we|it|they|that|this|these|those|you|he|she)\b/i.test(
      question,
    )
  )
    return null;
  // The outcome first: its name may hold a rating word ("green communities").
  const outcome = namedOutcome(question, outcomeNames);
  let rest = outcome ? question.replace(new RegExp(`\\b${escapeRegExp(outcome.written)}\\b`, "gi"), " ") : question;
  // Known by one word ("under the resilient/green communities outcome"): the rest of its name goes too.
  if (outcome)
    for (const word of outcomeWords(outcome.name))
      rest = rest.replace(new RegExp(`\\b${escapeRegExp(word)}\\b`, "gi"), " ");
  const ratings = new Set<Rating>();
  for (const phrase of ratingPhrases) {
    rest = rest.replace(phrase.pattern, () => {
      for (const rating of phrase.ratings) ratings.add(rating);
      return " ";
    });
  }
  if (ratings.size === 0) return null;
  const periods = [...question.matchAll(periodPhrase)].map((match) => match[0].trim());
  rest = rest.replace(periodPhrase, " ");
  const topic = topicTerms(rest).filter((word) => !filler.has(word) && !/^\d+$/.test(word));
  // "anything off track on the bins and recycling side?": a list of what is so rated, narrowed by a theme.
  const opening = /^\s*(?:is\s+there\s+|are\s+there\s+)?anything\b/i;
  // With an outcome named, what is left is taken as the rest of its name ("the resilient/green communities outcome").
  const listAsked = topic.length > 0 && opening.test(question);
  const theme =
    listAsked && !outcome
      ? rest
          .replace(opening, " ")
          .replace(/[?.!]+/g, " ")
          .replace(/\s+/g, " ")
          .trim()
      : "";
  if (topic.length > 0 && !theme && !(listAsked && outcome)) return null;
  const measuresNamed = /\b(?:measures?|indicators?|kpis?|metrics?|figures|targets?)\b/i.test(question);
  const objectivesNamed = /\b(?:objectives?|priorit(?:y|ies)|aims?)\b/i.test(question);
  const onlyMeasures = [...ratings].every((rating) => rating === "Strong");
  const onlyObjectives = [...ratings].every((rating) => rating === "Complete");
  const subjects =
    onlyMeasures || (measuresNamed && !objectivesNamed)
      ? ["measures"]
      : onlyObjectives || (objectivesNamed && !measuresNamed)
        ? ["objectives"]
        : // A theme is more often a measure's than an objective's ("on the bins and recycling side"): measures first.
          theme
          ? ["measures", "objectives"]
          : ["objectives", "measures"];
  const count = /\bhow many\b|\bnumber of\b|\bcount\b/i.test(question);
  const tail = [theme, outcome ? `in ${outcome.name}` : "", ...periods].filter(Boolean).join(" ");
  return subjects.map((subject) => {
    // Each kind takes only the ratings it can have: objectives are never Strong, measures never Complete.
    const own = [...ratings].filter((rating) =>
      subject === "objectives" ? rating !== "Strong" : rating !== "Complete",
    );
    const wanted = (own.length > 0 ? own : [...ratings]).sort(
      (left, right) => ratingOrder.indexOf(left) - ratingOrder.indexOf(right),
    );
    return `${count ? "how many" : "which"} ${subject} are rated ${wanted.join(" or ")}${tail ? ` ${tail}` : ""}`;
  });
}

function namedOutcome(question: string, outcomeNames: readonly string[]): { name: string; written: string } | null {
  const names = [...new Set(outcomeNames)].sort((left, right) => right.length - left.length);
  for (const name of names) {
    const words = outcomeWords(name);
    // A long name is known by its first two words ("happy safe") and takes the rest of its words with it; a short
    // one by itself, as the report writes it.
    const written =
      words.length >= 3
        ? `${words.slice(0, 2).join("[\\s,]+")}(?:[\\s,]+(?:${words.slice(2).map(escapeRegExp).join("|")}))*`
        : escapeRegExp(name.replace(/^the\s+/i, ""));
    const match = new RegExp(`\\b${written}\\b`, words.length >= 3 ? "i" : "").exec(question);
    if (match) return { name, written: match[0] };
  }
  // "economy objectives", "under economy": a word only one long name has, used as a filter.
  for (const name of names) {
    if (outcomeWords(name).length < 3) continue;
    for (const word of outcomeOwnWords(name, names)) {
      const escaped = escapeRegExp(word);
      const match = new RegExp(
        `\\b(?:under|within|in|for)\\s+(?:the\\s+)?${escaped}\\b|\\b${escaped}(?=\\s+(?:objectives?|measures?|outcome|theme|priorit(?:y|ies)))`,
        "i",
      ).exec(question);
      if (match) return { name, written: match[0].replace(/^(?:under|within|in|for)\s+(?:the\s+)?/i, "") };
    }
  }
  return null;
}
