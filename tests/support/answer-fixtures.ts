import type { Answer, AskQuestion, WarningDetail } from "../../src/answer/answer.js";
import type { Plan } from "../../src/answer/plan/plan.js";
import type { Catalogue } from "../../src/slack/summarise-catalogue.js";
import { recordsFixture } from "../search/records-fixture.js";

/**
 * Engine answers and a catalogue built from the real reports' figures (Q2 2025-26 SO-12 line 193 and footnote (b)
 * line 206; 2024-25 year end SO-18 line 197), for Slack tests that do not need the real engine.
 */

const q2Title = "Performance Report Quarter 2 2025 to 2026";
const yearEndTitle = "Performance Report 2024-25 Year End";

export const potholesPlan: Plan = {
  intent: "figure",
  objectives: ["SO-12"],
  measures: ["2025-26-q2/SO-12/number-of-potholes-repaired"],
  outcome: null,
  report: null,
  period: null,
  ratings: [],
  subject: null,
  topic: "potholes repaired",
};

export function potholesAnswer(question: string): Answer {
  return {
    question,
    status: "answered",
    restated: { figures: [], quotes: [] },
    choices: [],
    answer:
      "28,024 potholes were repaired in Quarter 2 2025-26 YTD (Q2 2025-26 report, SO-12), up from 14,846 in Quarter 1 2025-26 YTD. It is a new local measure, so it has no target or rating.",
    facts: [measureFact("Quarter 2 2025-26 YTD", "28,024"), measureFact("Quarter 1 2025-26 YTD", "14,846")],
    sources: [
      {
        report: "2025-26-q2",
        reportTitle: q2Title,
        objective: "SO-12",
        quote:
          "The County Council is investing more capital in maintaining and improving our highways network than ever before.",
      },
    ],
    ...warningsOf([
      {
        kind: "footnote",
        subjects: [
          {
            measureId: "2025-26-q2/SO-12/potholes-repaired",
            measure: "Number of potholes repaired",
            shortName: "Number of potholes repaired",
            report: "2025-26-q2",
            reportLabel: "Q2 2025-26 report",
            objective: "SO-12",
          },
        ],
        marker: "b",
        note: "Due to ongoing data cleansing, this data may change and should be treated as an approximation only.",
        text: "Footnote (b): Due to ongoing data cleansing, this data may change and should be treated as an approximation only.",
      },
    ]),
    plan: potholesPlan,
    timings: { plan: 1, retrieve: 1, compose: 1, total: 3 },
  };
}

export const yearEndPlan: Plan = {
  ...potholesPlan,
  objectives: ["SO-18"],
  measures: ["2024-25-year-end/SO-18/total-number-of-highway-inspector-defects-reported-that-were-completed-q4-only"],
  report: "2024-25-year-end",
  period: { financialYear: "2024-25", quarter: null, yearEnd: false },
};

export function yearEndDefectsAnswer(question: string): Answer {
  return {
    question,
    status: "answered",
    restated: { figures: [], quotes: [] },
    choices: [],
    answer:
      "At the end of 2024-25, 3,995 Highway Inspector defects were completed in Q4 (2024-25 year end report, SO-18). The year-end report does not count potholes separately.",
    facts: [
      {
        type: "measure",
        report: "2024-25-year-end",
        reportTitle: yearEndTitle,
        objective: "SO-18",
        measureId: yearEndPlan.measures[0] ?? "",
        measure: "Total number of Highway Inspector defects reported that were completed - Q4 only",
        period: "Year End 2024-2025",
        value: "3,995",
        target: null,
        targetPeriod: null,
        rating: null,
        benchmark: null,
        benchmarkGroup: "New local measure",
      },
    ],
    sources: [],
    ...warningsOf([
      { kind: "part-year", subjects: [], qualifier: "Q4 only", text: "The figure is for Q4 only, not the whole year." },
    ]),
    plan: yearEndPlan,
    timings: { plan: 1, retrieve: 1, compose: 1, total: 3 },
  };
}

function measureFact(period: string, value: string): Answer["facts"][number] {
  return {
    type: "measure",
    report: "2025-26-q2",
    reportTitle: q2Title,
    objective: "SO-12",
    measureId: potholesPlan.measures[0] ?? "",
    measure: "Number of potholes repaired",
    period,
    value,
    target: null,
    targetPeriod: null,
    rating: null,
    benchmark: null,
    benchmarkGroup: "New Local Measure",
  };
}

/** One call the scripted engine received. */
export interface EngineCall {
  readonly question: string;
  readonly previousPlan: Plan | null;
}

/** An `AskQuestion` that answers from a script and records what it was asked (question and previous plan). */
export function createScriptedEngine(script: (question: string, previousPlan: Plan | null) => Answer): {
  ask: AskQuestion;
  calls: EngineCall[];
} {
  const calls: EngineCall[] = [];
  return {
    calls,
    ask: async (question, { previousPlan }) => {
      calls.push({ question, previousPlan });
      return script(question, previousPlan);
    },
  };
}

const [q2Report] = recordsFixture.reports;
if (q2Report === undefined) throw new Error("the search fixture no longer holds the Q2 2025-26 report");
const intro = "Welcome to the council's performance report on the Council Plan.";

/** Both reports with a few of their objectives and progress ratings as printed. */
export const catalogue: Catalogue = {
  reports: [
    {
      id: "2024-25-year-end",
      title: yearEndTitle,
      file: "performance-report-2024-25-year-end.txt",
      financialYear: "2024-25",
      quarter: null,
      periodKind: "year-end",
      periodLabel: "2024-25 year end",
      periodEnd: "2025-03-31",
      planName: "Council Plan 2024-25",
      outcomes: [],
      statedCounts: null,
      introduction: intro,
      achievements: [],
    },
    q2Report,
  ],
  objectives: [
    objective(
      "2025-26-q2",
      "SO-02",
      "Deliver improved outcomes for those with special educational needs and disabilities",
      "Action",
    ),
    objective(
      "2025-26-q2",
      "SO-10",
      "Support the development of energy security, energy efficiency and clean energy",
      "Good",
    ),
    objective("2025-26-q2", "SO-11", "Work with East Midlands Combined County Authority (EMCCA)", "Good"),
    objective("2025-26-q2", "SO-12", "Deliver a safe, effective, efficient and innovative highways service", "Review"),
    objective(
      "2024-25-year-end",
      "SO-18",
      "Deliver a safe, effective, efficient and innovative Highways Service",
      "Review",
    ),
    objective("2024-25-year-end", "SO-19", "Recognise and value carers and our Adult Social Care workforce", "Good"),
    objective("2024-25-year-end", "SO-13", "Support continued and sustainable growth in the Derbyshire economy", null),
  ],
};

function objective(
  report: string,
  code: string,
  title: string,
  progress: Catalogue["objectives"][number]["progress"],
): Catalogue["objectives"][number] {
  return {
    id: `${report}/${code}`,
    report,
    code,
    outcome: "Place",
    title,
    expectedCompletion: "Mar 2026",
    progress,
    commentary: "",
    line: 1,
  };
}

/** An answer's warnings from their data: the text list the CLI prints and the details Slack renders. */
export function warningsOf(details: readonly WarningDetail[]): Pick<Answer, "warnings" | "warningDetails"> {
  return { warnings: details.map((detail) => detail.text), warningDetails: [...details] };
}

/** Warnings that are plain notes, for tests about how any warning's text is shown. */
export function noteWarnings(...texts: string[]): Pick<Answer, "warnings" | "warningDetails"> {
  return warningsOf(texts.map((text) => ({ kind: "note", subjects: [], note: text, text })));
}
