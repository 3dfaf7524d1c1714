import type { Records } from "../../src/report/records.js";

// Real excerpts of the Quarter 2 2025-26 report, cut down to two objectives and two measures.
// SO-12's commentary is the report's 374-word cell, which must be cut into windows.
const so12Commentary =
  "The County Council is investing more capital in maintaining and improving our highways network than ever before. Funding is now passported from the (EMCCA) and the highways service has been successful in making the case for additional investment in Carriageway Maintenance, Retaining Walls and Landslips as well as providing budget to undertake feasibility to develop future programmes of activity. This has resulted in a capital programme for 2025/26 of ~£70m as opposed to the typical annual investment of ~£40m experienced over recent years. The challenge is to build capacity and scale within the highways service to deliver this level of investment. Fortunately, the highways service has a professional services partner on board to help support and develop the necessary skills and to provide resource where required. As a result of the additional investment we have undertaken a thorough review of our preventative workstreams and we have categorised our carriageway defect response into three distinct types. This strategic move has allowed us to make significant progress in addressing the number of high priority outstanding defects by ensuring that we use the right fix the first time. As at September 2025, 89.1% of defects were remedied within the target timescale of 32 hours and 92.1% of defects were remedied within the target timescale of 9 days. 83% of defects were remedied within the target timescale of 28 days, whilst below the 80% target, this is a considerable increase from just 17.7% in June 2025. Please note to simplify and align reporting, data shows the position at the end of the quarter. Whilst road safety within the highways service remains an issue in relation to the delivery of road safety initiatives, this is being addressed with partners in the Derbyshire Road Safety Partnership (DDRSP) to review the 2030 casualty reduction target in 2025. Additionally, the work of the highways transformation has been progressing well. Our new ways of working are being effectively embedded into our systems and processes, which is contributing to our overall efficiency and effectiveness. Overall, all of this activity builds on the work done to transform the Highways Service, which has been rated 'satisfactory' across the board in an external peer review (against 'requires improvement' in 2021), with a trajectory of 'Good' in 2026/2027.";

const so21Commentary =
  "Good progress is being made in developing the Council's People Strategy to ensure the council's workforce has the right skills, can adapt to change and is strong enough to keep services running smoothly so that the Council's long term goals can be achieved. Work to embed the Council's employee values and behaviours is continuing, this is an important contributor to ensuring the Council has an effective workforce in the future. This objective has been assessed as under review to reflect some risk as the ambitions";

/** A small hand-made `Records` shaped like `parseReport`'s output, for tests that need no parser. */
export const recordsFixture: Records = {
  reports: [
    {
      id: "2025-26-q2",
      title: "Performance Report Quarter 2 2025 to 2026",
      file: "performance-report-2025-26-q2.txt",
      financialYear: "2025-26",
      quarter: 2,
      periodKind: "quarter",
      periodLabel: "Quarter 2 2025-26",
      periodEnd: "2025-09-30",
      planName: "Council Plan 2025-29",
      outcomes: [
        {
          number: 2,
          name: "Place",
          description: "Prosperous, green and sustainable places with opportunities for all",
        },
        {
          number: 3,
          name: "The Council",
          description: "A resident focused, efficient and effective organisation delivering value for money",
        },
      ],
      statedCounts: {
        total: 25,
        complete: null,
        good: 20,
        review: 3,
        action: 2,
        sentence:
          "As at Quarter 2, of the 25 Strategic Objectives in the Council Plan 2025-29, 20 show good progress, 3 require review and 2 require action.",
      },
      introduction:
        "Welcome to the council's performance report on the Council Plan for Quarter 2 2025-26. The Council Plan sets out the direction of the council and what we are working to achieve on behalf of our residents. At the heart of our Plan is ensuring we provide maximum value for money for the council tax our residents pay, by delivering the most efficient and effective services we can.",
      achievements: [
        {
          outcome: "Place",
          text: "Reduced the backlog of potholes awaiting remedy by 80% with a 72% year on year on insurance claims resulting from damage to cars",
          line: 63,
        },
        {
          outcome: "The Council",
          text: "Sickness management and wellbeing uptake has improved, reducing absence to 4.6% from 4.78% at Q2 2024-45.",
          line: 72,
        },
      ],
    },
  ],
  objectives: [
    {
      id: "2025-26-q2/SO-12",
      report: "2025-26-q2",
      code: "SO-12",
      outcome: "Place",
      title:
        "Deliver a safe, effective, efficient and innovative highways service including the completion of the full transformation of the Highways Service itself",
      expectedCompletion: "Mar 2026",
      progress: "Review",
      commentary: so12Commentary,
      line: 179,
    },
    {
      id: "2025-26-q2/SO-21",
      report: "2025-26-q2",
      code: "SO-21",
      outcome: "The Council",
      title:
        "To build a skilled, resilient and flexible workforce that can support the delivery of the Council's strategic objectives and priorities",
      expectedCompletion: "Mar 2029",
      progress: "Review",
      commentary: so21Commentary,
      line: 231,
    },
  ],
  measures: [
    {
      id: "2025-26-q2/SO-12/number-of-potholes-repaired",
      report: "2025-26-q2",
      objective: "SO-12",
      outcome: "Place",
      name: "Number of potholes repaired",
      table: "latest",
      values: [
        { period: "Quarter 2 2024-25 YTD", value: "", number: null, unit: null, malformed: false, markers: [] },
        {
          period: "Quarter 1 2025-26 YTD",
          value: "14,846",
          number: 14846,
          unit: "count",
          malformed: false,
          markers: ["b"],
        },
        {
          period: "Quarter 2 2025-26 YTD",
          value: "28,024",
          number: 28024,
          unit: "count",
          malformed: false,
          markers: ["b"],
        },
      ],
      target: null,
      rating: null,
      benchmark: null,
      benchmarkGroup: "New Local Measure",
      frequency: null,
      latestDataAsAt: null,
      notes: [
        {
          marker: "b",
          text: "Due to ongoing data cleansing, this data may change and should be treated as an approximation only.",
          line: 206,
        },
      ],
      seriesKey: "number of potholes repaired",
      line: 193,
    },
    {
      id: "2025-26-q2/SO-21/sickness-hours-as-a-of-working-hours-available",
      report: "2025-26-q2",
      objective: "SO-21",
      outcome: "The Council",
      name: "Sickness Hours as a % of Working Hours Available",
      table: "latest",
      values: [
        {
          period: "Quarter 2 2024-25 YTD",
          value: "4.78%",
          number: 4.78,
          unit: "percent",
          malformed: false,
          markers: [],
        },
        {
          period: "Quarter 1 2025-26 YTD",
          value: "4.42%",
          number: 4.42,
          unit: "percent",
          malformed: false,
          markers: [],
        },
        {
          period: "Quarter 2 2025-26 YTD",
          value: "4.60%",
          number: 4.6,
          unit: "percent",
          malformed: false,
          markers: [],
        },
      ],
      target: { period: "Performance Target at Q2", value: "4.70%", number: 4.7, unit: "percent", malformed: false },
      rating: "Good",
      benchmark: null,
      benchmarkGroup: "Local Measure",
      frequency: null,
      latestDataAsAt: null,
      notes: [],
      seriesKey: "sickness hours as a of working hours available",
      line: 252,
    },
  ],
};
