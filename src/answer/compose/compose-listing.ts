import type { Answer, Fact } from "../answer.js";
import type { Warning } from "../warnings/warning.js";
import { answerWarnings } from "./answer-warnings.js";
import type { Listing } from "../facts/findings.js";
import { figureText } from "./figure-text.js";
import { measureFact } from "./measure-fact.js";
import { objectiveFact } from "./objective-fact.js";
import type { PlannedQuestion } from "../plan/planned-question.js";
import { reportLabel } from "../../report/report-label.js";

/** The answer for a list or count: a heading with the count and tally by rating, one line per objective or measure. */
export function composeListing(
  base: Pick<Answer, "question" | "plan">,
  listing: Listing,
  planned: PlannedQuestion,
): Omit<Answer, "timings"> {
  const { report } = listing;
  // The report's key: a blank objective rating is "Awaiting Update", a blank measure rating "No target".
  const blankWords = listing.subject === "objectives" ? "blank (awaiting update)" : "blank (no rating)";
  const ratingWords =
    planned.plan.ratings.length > 0
      ? planned.plan.ratings.map((rating) => (rating === "Blank" ? blankWords : rating)).join(" or ")
      : null;
  const scope = [planned.plan.outcome ? `${planned.plan.outcome} ` : "", listing.subject].join("");
  const facts: Fact[] = [];
  const warnings: Warning[] = [];
  const lines: string[] = [];
  const outcomes = new Set([
    ...listing.objectives.map((objective) => objective.outcome),
    ...listing.figures.map((figure) => figure.measure.outcome),
  ]);
  // Across several outcomes each line says which, so "which outcome has most…" can be read off the list.
  const outcomeOf = (outcome: string) => (outcomes.size > 1 ? ` [${outcome}]` : "");
  if (listing.subject === "objectives") {
    for (const objective of listing.objectives) {
      lines.push(
        `- ${objective.code} ${objective.title} — ${objective.progress ?? "blank (awaiting update)"}${outcomeOf(objective.outcome)}`,
      );
      facts.push(objectiveFact(objective, report));
    }
    const counts = report.statedCounts;
    if (counts && planned.plan.ratings.length > 0) {
      const stated: Record<string, number | null> = {
        Complete: counts.complete,
        Good: counts.good,
        Review: counts.review,
        Action: counts.action,
      };
      for (const rating of planned.plan.ratings) {
        const said = stated[rating];
        // The prose counts the whole report: compare only an unfiltered count of the same rating.
        const rated =
          planned.plan.outcome || planned.completionBy !== null
            ? null
            : listing.objectives.filter((objective) => objective.progress === rating).length;
        if (said !== undefined && said !== null && rated !== null && said !== rated) {
          warnings.push({
            kind: "stated-count",
            subjects: [],
            report: report.id,
            reportLabel: reportLabel(report),
            rating,
            stated: said,
            rated,
            sentence: counts.sentence,
          });
        }
      }
    }
  } else {
    for (const figure of listing.figures) {
      lines.push(
        `- ${figure.measure.name} (${figure.measure.objective}): ${figureText(figure)}${outcomeOf(figure.measure.outcome)}`,
      );
      facts.push(measureFact(figure, report));
    }
  }
  const count = listing.subject === "objectives" ? listing.objectives.length : listing.figures.length;
  const tally = ratingTally(listing);
  const deadline =
    planned.completionBy === null
      ? ""
      : planned.completionFrom === planned.completionBy
        ? ` expected to complete in ${monthName(planned.completionBy)}`
        : planned.completionFrom !== null
          ? ` expected to complete between ${monthName(planned.completionFrom)} and ${monthName(planned.completionBy)}`
          : ` expected to complete by ${monthName(planned.completionBy)}`;
  const what = `${ratingWords ? `${scope} rated ${ratingWords}` : scope}${deadline}`;
  facts.push({
    type: "derived",
    derived: { op: "count", from: [] },
    value: String(count),
    description: `number of ${what} in the ${reportLabel(report)}`,
  });
  const heading =
    count === 0
      ? `No ${what} in the ${reportLabel(report)} (${report.periodLabel}).`
      : `${count} ${count === 1 ? what.replace(/\b(objective|measure)s\b/, "$1") : what} in the ${reportLabel(report)} (${report.periodLabel}):`;
  // Narrowed by a theme: those about it first, then the others, so none is lost to a name that does not say it.
  const theme = listing.theme;
  const themedLines =
    theme && theme.matching > 0 && theme.matching < count
      ? [
          `${theme.matching} about "${theme.words}" (by name or objective title):`,
          ...lines.slice(0, theme.matching),
          `Other ${listing.subject}${ratingWords ? ` rated ${ratingWords}` : ""}:`,
          ...lines.slice(theme.matching),
        ]
      : lines;
  return {
    ...base,
    status: "answered",
    choices: [],
    answer: [
      tally && planned.plan.ratings.length !== 1 ? `${heading.replace(/:$/, ".")} ${tally}` : heading,
      ...themedLines,
    ].join("\n"),
    restated: { figures: lines, quotes: [] },
    facts,
    sources: [
      {
        report: report.id,
        reportTitle: report.title,
        objective: null,
        quote: `${report.title}, ${listing.subject} tables`,
      },
    ],
    ...answerWarnings(warnings),
  };
}

function monthName(month: number): string {
  const names = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ];
  return `${names[month % 12]} ${Math.floor(month / 12)}`;
}

/** "By rating: 20 Good, 3 Review, 2 Action." for a listing of several ratings. */
function ratingTally(listing: Listing): string | null {
  const ratings =
    listing.subject === "objectives"
      ? listing.objectives.map((objective) => objective.progress)
      : listing.figures.map((figure) => figure.measure.rating);
  if (ratings.length === 0) return null;
  const order = ["Complete", "Strong", "Good", "Review", "Action", null];
  const parts = order
    .map((rating) => ({ rating, count: ratings.filter((entry) => entry === rating).length }))
    .filter((entry) => entry.count > 0)
    .map(
      (entry) =>
        `${entry.count} ${entry.rating ?? (listing.subject === "objectives" ? "blank (awaiting update)" : "no rating")}`,
    );
  return `By rating: ${parts.join(", ")}.`;
}
