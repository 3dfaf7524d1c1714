import type { PlanCatalogue } from "../../src/answer/llm/build-plan-prompt.js";
import type { Plan } from "../../src/answer/plan/plan.js";

const q2Outcomes = ["People", "Place", "The Council"];
const yearEndOutcomes = [
  "Resilient, thriving, and green communities",
  "Happy, safe, and healthy people",
  "A strong, diverse, and clean economy",
  "Great places to live, work and visit",
  "High quality public services",
];

// Measure ids read "<report>/<objective>/<name slug>", as the store writes them.
const measure = (id: string, name: string) => {
  const [report = "", objective = ""] = id.split("/");
  return { id, report, objective, name };
};

const outcomes = (names: string[]) => names.map((name, index) => ({ number: index + 1, name, description: name }));

/**
 * What the offline search would offer the planner for a highways or fostering question: the two reports and
 * 29 candidate objectives and measures, with titles and names copied from the reports (the longest ones kept in).
 */
export const catalogue: PlanCatalogue = {
  reports: [
    {
      id: "2024-25-year-end",
      periodLabel: "2024-25 year end",
      periodEnd: "2025-03-31",
      outcomes: outcomes(yearEndOutcomes),
    },
    { id: "2025-26-q2", periodLabel: "Quarter 2 2025-26", periodEnd: "2025-09-30", outcomes: outcomes(q2Outcomes) },
  ],
  objectives: [
    {
      report: "2025-26-q2",
      code: "SO-01",
      title:
        "Achieve sufficiency of accommodation to ensure children are cared for in the right home at the right time",
    },
    {
      report: "2025-26-q2",
      code: "SO-11",
      title:
        "Work with East Midlands Combined County Authority (EMCCA) to drive a higher quality of life through investing in the Derbyshire economy, including the creation of a new regional transport organisation",
    },
    {
      report: "2025-26-q2",
      code: "SO-12",
      title:
        "Deliver a safe, effective, efficient and innovative highways service including the completion of the full transformation of the Highways Service itself",
    },
    {
      report: "2025-26-q2",
      code: "SO-13",
      title:
        "Leading the stewardship of the natural and built environment and delivering national policy and regulatory requirements relating to waste, nature recovery and heritage",
    },
    {
      report: "2025-26-q2",
      code: "SO-20",
      title:
        "Deliver our four year budget savings programme to achieve financial sustainability with a focus on delivering £37.5m savings in 2025-26 (year 1to be refreshed annually)",
    },
    {
      report: "2025-26-q2",
      code: "SO-23",
      title:
        "Support and deliver increased efficiency and effectiveness through best value service reviews of non-statutory charged for services to achieve service improvement, redesign and/or different delivery models including opportunities for digitisation and automation",
    },
    { report: "2024-25-year-end", code: "SO-12", title: "Drive development and reform of our fostering service" },
    {
      report: "2024-25-year-end",
      code: "SO-05",
      title:
        "Support people to live their best lives independently at home, connected to the community and local resources, stepping in with more help where needed",
    },
    {
      report: "2024-25-year-end",
      code: "SO-18",
      title: "Deliver a safe, effective, efficient and innovative Highways Service",
    },
  ],
  measures: [
    measure("2025-26-q2/SO-12/number-of-potholes-repaired", "Number of potholes repaired"),
    measure(
      "2025-26-q2/SO-12/percentage-of-highway-inspector-hin-defects-with-a-32-hour-response-target-remedied-within-target-data-shows-the-position-at-the-end-of-the-quarter",
      "Percentage of Highway Inspector (HIN) defects with a 32 hour response target remedied within target (Data shows the position at the end of the quarter)",
    ),
    measure(
      "2025-26-q2/SO-12/percentage-of-highway-inspector-hin-defects-with-a-9-day-response-target-remedied-within-target-data-shows-the-position-at-the-end-of-the-quarter",
      "Percentage of Highway Inspector (HIN) defects with a 9 day response target remedied within target (Data shows the position at the end of the quarter)",
    ),
    measure(
      "2025-26-q2/SO-12/percentage-of-highway-inspector-hin-defects-with-a-28-day-response-target-remedied-within-target-data-shows-the-position-at-the-end-of-the-quarter",
      "Percentage of Highway Inspector (HIN) defects with a 28 day response target remedied within target (Data shows the position at the end of the quarter)",
    ),
    measure(
      "2025-26-q2/SO-12/percentage-of-residents-satisfied-overall-with-highways-and-transportation-services",
      "Percentage of residents satisfied overall with Highways and Transportation services",
    ),
    measure(
      "2025-26-q2/SO-11/total-number-of-bus-passengers-carried-on-county-supported-bus-services",
      "Total number of bus passengers carried on county supported bus services",
    ),
    measure(
      "2025-26-q2/SO-11/total-grant-funding-secured-from-emcca-to-support-growth-in-derbyshire",
      "Total grant funding secured from EMCCA to support growth in Derbyshire",
    ),
    measure(
      "2025-26-q2/SO-13/percentage-of-all-la-collected-household-waste-actually-recycled-reused-or-composted-rolling-12-months",
      "Percentage of all LA collected Household waste actually recycled, reused or composted (rolling 12 months)",
    ),
    measure(
      "2025-26-q2/SO-13/la-collected-municipal-waste-sent-to-landfill-as-a-percentage-of-total-la-collected-waste-not-sent-for-recycling-reuse-or-composting-rolling-12-months",
      "LA collected municipal waste sent to landfill as a percentage of total LA collected waste not sent for recycling reuse or composting (rolling 12 months)",
    ),
    measure(
      "2025-26-q2/SO-01/number-of-children-living-with-council-foster-carers",
      "Number of children living with Council foster carers",
    ),
    measure(
      "2025-26-q2/SO-21/sickness-hours-as-a-percent-of-working-hours-available",
      "Sickness Hours as a % of Working Hours Available",
    ),
    measure(
      "2025-26-q2/SO-24/amount-of-money-raised-from-the-disposal-of-land-and-buildings",
      "Amount of money raised from the disposal of land and buildings",
    ),
    measure(
      "2024-25-year-end/SO-12/number-of-children-living-with-council-foster-carers",
      "Number of children living with Council foster carers",
    ),
    measure(
      "2024-25-year-end/SO-18/percentage-of-principal-roads-where-maintenance-should-be-considered-based-on-aei-survey",
      "Percentage of Principal roads where maintenance should be considered based on AEI survey",
    ),
    measure(
      "2024-25-year-end/SO-18/percentage-of-non-principal-classified-roads-where-maintenance-should-be-considered-based-on-aei-survey",
      "Percentage of Non-principal classified roads where maintenance should be considered based on AEI survey",
    ),
    measure(
      "2024-25-year-end/SO-18/percentage-of-unclassified-road-network-where-maintenance-should-be-considered-aei-survey",
      "Percentage of Unclassified road network where maintenance should be considered – AEI survey",
    ),
    measure(
      "2024-25-year-end/SO-18/number-of-people-killed-or-seriously-injured-ksi-in-road-traffic-collisions-on-derbyshire-s-roads",
      "Number of people killed or seriously injured (KSI) in road traffic collisions on Derbyshire's roads",
    ),
    measure(
      "2024-25-year-end/SO-18/total-number-of-highway-inspector-defects-reported-that-were-completed-within-target-time-q4-only",
      "Total number of Highway Inspector defects reported that were completed within target time - Q4 only",
    ),
    measure(
      "2024-25-year-end/SO-18/total-number-of-highway-inspector-defects-reported-q4-only",
      "Total Number of Highway Inspector defects reported - Q4 only",
    ),
    measure(
      "2024-25-year-end/SO-05/number-of-new-people-accessing-support-through-a-direct-payment-has-increased",
      "Number of new people accessing support through a Direct Payment has increased",
    ),
  ],
};

/** The plan a model would return for "How many potholes have been repaired?". */
export const potholesPlan: Plan = {
  intent: "figure",
  objectives: ["SO-12"],
  measures: ["2025-26-q2/SO-12/number-of-potholes-repaired"],
  outcome: null,
  report: "2025-26-q2",
  period: null,
  ratings: [],
  subject: null,
  topic: "potholes repaired",
};
