import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadTestEngine } from "../support/load-test-engine.js";

let loaded: Awaited<ReturnType<typeof loadTestEngine>>;
beforeAll(async () => {
  loaded = await loadTestEngine();
}, 120_000);
afterAll(() => loaded.dispose());

const ask = (question: string) => loaded.engine.ask(question, { previousPlan: null });
const measureNames = (answer: Awaited<ReturnType<typeof ask>>) => [
  ...new Set(answer.facts.flatMap((fact) => (fact.type === "measure" ? [fact.measure] : []))),
];

describe("questions that measures hold only part of, on the real reports", () => {
  it("refuses when the measures together hold only half of the question", async () => {
    // "collection" reaches the waste measures ("LA collected"); nothing holds "tax".
    const answer = await ask("council tax collection rate");
    expect(answer.status).toBe("not_found");
    expect(measureNames(answer)).toEqual([]);
  });

  it("answers two measures that each hold half of the question", async () => {
    const names = measureNames(await ask("exclusions and suspensions"));
    expect(names.some((name) => /exclusion/i.test(name))).toBe(true);
    expect(names.some((name) => /suspension/i.test(name))).toBe(true);
  });

  it("reaches a measure through the words its commentary uses for it", async () => {
    // The Q2 commentary says "2,529 people have used the home-based enablement service"; the measure's name says
    // "short-term homecare offer".
    const answer = await ask("home based enablement numbers this year");
    expect(answer.status).toBe("answered");
    expect(answer.answer).toContain("2,529");
    expect(measureNames(answer)[0]).toMatch(/short-term homecare offer$/);
  });
});

describe("topic answers on the real reports", () => {
  it("quote what came of the topic, from the sentences after the one naming it, into the paragraph's next chunk", async () => {
    const answer = await ask("whats the latest on the transfer of transport functions to emcca");
    expect(answer.answer).toContain("Progress continues on the transfer of public transport functions");
    // Three sentences later, in the next chunk of SO-11's commentary.
    expect(answer.answer).toContain("the transition date has been revised to 31 January 2026");
  });

  it("quote an objective's commentary past the sentences that name the topic", async () => {
    const answer = await ask("any news on local government reorganisation");
    expect(answer.answer).toContain("commissioned PricewaterhouseCoopers");
  });
});

describe("two topics joined by 'and', on the real reports", () => {
  it("answers each side with its own measure", async () => {
    const names = measureNames(await ask("kids in care and recycling"));
    expect(names.some((name) => /children \(under 18\) in care/i.test(name))).toBe(true);
    expect(names.some((name) => /recycled/i.test(name))).toBe(true);
  });

  it("does not answer one side alone when the other is not in the reports", async () => {
    // Recycling alone holds half of "council tax and recycling": not enough, and "council tax" has no measure.
    const answer = await ask("council tax and recycling");
    expect(answer.status).toBe("not_found");
    expect(answer.plan.measures).toEqual([]);
  });
});

describe("why-questions worded the way people ask, on the real reports", () => {
  it("reads 'how come' as why, and the newest report's measures beat an older report's objective", async () => {
    const answer = await ask("how come recycling is down");
    expect(answer.plan.intent).toBe("explain");
    expect(answer.plan.report ?? answer.plan.measures[0]).toMatch(/^2025-26-q2/);
    expect(measureNames(answer).some((name) => /recycled, reused or composted/.test(name))).toBe(true);
  });

  it("leaves the colour and words like 'so bad' out of the topic", async () => {
    expect((await ask("why are we red on placements")).status).toBe("answered");
    expect(
      measureNames(await ask("why is ehcp so bad")).some((name) => /Education Health and Care plan/.test(name)),
    ).toBe(true);
  });
});

describe("everyday names for what the reports name otherwise, on the real reports", () => {
  it("reads 'unpaid carers' as the carers support measures and 'lollipop men' as School Crossing Patrols", async () => {
    const carers = await ask("need a short para for the cabinet member on support for unpaid carers this year");
    expect(carers.status).toBe("answered");
    expect(measureNames(carers)).toContain("Number of Adult Social Care carers accessing support services");
    const patrols = await ask("what are we doing about the lollipop men shortage");
    expect(patrols.status).toBe("answered");
    expect(patrols.answer).toMatch(/^"20 new School Crossing Patrols have been recruited/);
  });

  it("reads property as assets and disposals as capital receipts, and SEND pupils as SEN support and EHC plans", async () => {
    const answer = await ask("revenue benefit from property disposals this yr");
    expect(answer.answer).toMatch(
      /^"Capital Receipts from exiting non service delivery assets at £15.77m with a revenue benefit/,
    );
    const send = await ask("draft for cllr on send pupil numbers");
    expect(measureNames(send).slice(0, 2).sort()).toEqual([
      "Number of school pupils with EHC plan",
      "Number of school pupils with SEN support",
    ]);
  });

  it("reads 'normal years' as the typical year and a capital budget as the capital programme", async () => {
    const answer = await ask("hows the highways capital budget looking vs normal yrs");
    // "This has resulted in…" is quoted with the sentence it points back to.
    expect(answer.answer).toMatch(
      /^"Funding is now passported[^"]* This has resulted in a capital programme for 2025\/26 of ~£70m as opposed to the typical/,
    );
  });

  it("reads health visiting and school nursing as Public Health Nursing, and a restructure as a redesign", async () => {
    const nursing = await ask("any news on the health visiting / school nursing service redesign this yr");
    expect(nursing.answer).toMatch(
      /^"During Quarter 2, progress continued on the 0-19 Public Health Nursing Service transformation/,
    );
    const services = await ask("business support services restructure - how's it going, when do proposals land");
    expect(services.answer).toMatch(
      /^SO-25 \(Q2 2025-26 report\): Redesign and implement a more efficient Business Services model/,
    );
  });

  it("reads 'county hall' and 'hq' as the council's Matlock complex, and 'what's the plan for X' as the latest on X", async () => {
    const answer = await ask("what's the plan for the matlock county hall site");
    expect(answer.plan.intent).toBe("summary");
    expect(answer.status).toBe("answered");
    expect(answer.answer).toMatch(
      /^"We have submitted outline planning for redeveloping the council's Matlock complex/,
    );
    const hq = await ask("plans for the matlock hq site");
    expect(hq.status).toBe("answered");
    expect(hq.answer).toContain("£50m");
  });
});

describe("the report a question asks for, on the real reports", () => {
  it("lets only that report's sentences compete with its measures", async () => {
    // A Q2 sentence on DCHS holds "saved" and "planned"; the year end's savings measure is what "last year" asks.
    const answer = await ask(
      "Cllr Hughes wants to know how much we actually saved last year vs what we planned - draft a response",
    );
    expect(answer.status).toBe("answered");
    expect(answer.answer).toContain("stood at 29.520 for Year End 2024-2025 against a target of 31.940");
  });
});

describe("notes under a table, on the real reports", () => {
  it("answer with the measures they qualify when a note holds the question best", async () => {
    // "The methodology for the Your Council Your Voice residents survey has changed…" qualifies the survey measures.
    const answer = await ask("draft reply about the residents survey results");
    expect(measureNames(answer)).toContain("Percentage of residents who are satisfied with Derbyshire County Council");
    expect(answer.answer).toContain("39.0%");
  });

  it("leave the question to a sentence that holds it as well", async () => {
    const answer = await ask("how much of the savings are rated red");
    expect(answer.answer).toMatch(/^"£2.587m of savings/);
  });
});

describe("everyday words the reports never use, on the real reports", () => {
  it("weigh no more than a report word in a draft, so the report's words decide it", async () => {
    const answer = await ask(
      "Cllr Ahmed raised safeguarding - are people getting the outcomes they wanted after an enquiry? draft reply on latest position",
    );
    expect(answer.status).toBe("answered");
    expect(measureNames(answer)[0]).toMatch(/^Percentage of people following a safeguarding Section 42 enquiry/);
  });

  it("leave a councillor's complaint out of the topic ('off the rails')", async () => {
    const answer = await ask("Cllr Patel claims the savings programme is off the rails this year. draft a reply");
    expect(answer.status).toBe("answered");
    expect(answer.answer).toContain("£34.912m");
  });

  it("keep their weight in a lookup, so a subject the reports lack is still not found", async () => {
    expect((await ask("how many fly tipping incidents were reported in q2")).status).toBe("not_found");
  });
});

describe("topic answers from an objective's commentary, on the real reports", () => {
  it("keep a dated fragment with the sentence it begins ('On 9 July 2025. Council received…')", async () => {
    const answer = await ask("where are we up to with the unitary / reorganisation work");
    expect(answer.answer).toContain('"On 9 July 2025. Council received a report');
  });

  it("read 'where did we get to' as the latest, and 'still outstanding' as what is left, not an Ofsted rating", async () => {
    const answer = await ask("finance improvement programme - where did we get to by ye and whats still outstanding");
    expect(answer.answer).toMatch(/^SO-28 \(2024-25 year-end report\): Develop and implement an improvement programme/);
    expect(answer.answer).not.toMatch(/care homes/);
  });

  it("answer each part of a topic of two parts with the sentence holding it best", async () => {
    const answer = await ask("children's social worker vacancies & agency staff, any progress?");
    expect(answer.answer).toContain(
      "Vacancy rates for front-line children's social workers have reduced from 27.6% to 21.9%",
    );
    expect(answer.answer).toContain("£80,000");
  });

  it("take a sentence holding much more of the question than any objective's title", async () => {
    // The year end's SO-02 title names suicide prevention, not the strategy; Q2's commentary says it was delayed.
    const answer = await ask(
      "any progress on the new suicide prevention strategy? thought it was meant to be out by now",
    );
    expect(answer.plan.objectives).toEqual([]);
    expect(answer.answer).toMatch(/^"The suicide prevention strategy was delayed/);
  });

  it("read 'how did X go' as the latest on X", async () => {
    const answer = await ask("how did the derbyshire makes festivals go at ye");
    expect(answer.plan.intent).toBe("summary");
    expect(answer.answer).toContain("£249k from the National Lottery Heritage Fund");
  });

  it("read 'where were we on X at ye' as the latest on X in the year-end report", async () => {
    const answer = await ask("at ye where were we on the county hall options / HQ future");
    expect(answer.plan).toMatchObject({ intent: "summary", report: "2024-25-year-end" });
    expect(answer.answer).toContain("The Outline Business Case for County Hall options");
  });
});

describe("yes-or-no questions, on the real reports", () => {
  it("leave the asking verb out of the topic ('did highways pass the peer review')", async () => {
    const answer = await ask("did highways pass the external peer review");
    expect(answer.status).toBe("answered");
    expect(answer.answer).toContain("rated 'satisfactory' across the board in an external peer review");
  });
});

describe("why-questions that say how the record is rated, on the real reports", () => {
  it("answers the record rated as the question says, when what its words matched is rated otherwise", async () => {
    // The words match the year end's placement measures (no rating); Q2's SO-01, whose commentary is on placement
    // sufficiency, is the one rated Action.
    const answer = await ask("why is children's placement sufficiency red");
    expect(answer.plan.objectives).toEqual(["SO-01"]);
    expect(answer.answer).toContain("Progress: Action");
    // "the workforce objective" matches Q2's SO-16 (carers and workforce, Good) as well as SO-21 (Review).
    expect((await ask("why is the workforce objective rated review")).plan.objectives).toEqual(["SO-21"]);
  });

  it("keeps to the report the question names", async () => {
    const answer = await ask("why was highways on review at year end");
    expect(answer.plan.report).toBe("2024-25-year-end");
    expect(answer.answer).toContain("SO-18 (2024-25 year-end report)");
    expect(answer.answer).toContain("Progress: Review");
  });

  it("reads 'showing amber' as the rating, not the topic", async () => {
    const answer = await ask("why's the workforce objective showing amber");
    expect(answer.plan.objectives).toEqual(["SO-21"]);
  });

  it("leaves the match alone when it already has the rating asked", async () => {
    const answer = await ask("why is SO-12 amber");
    expect(answer.plan.objectives).toEqual(["SO-12"]);
  });

  it("opens a briefing draft on why with the objective and its rating", async () => {
    const answer = await ask(
      "Cllr Hughes asked why children's placements are flagged red - draft me a reply w/ figures",
    );
    expect(answer.answer).toMatch(
      /strategic objective SO-01, "Achieve sufficiency of accommodation[^"]*", is rated Action/,
    );
    expect(answer.answer.match(/\n\nSources:\n/g)?.length).toBe(1);
  });
});

describe("objectives named by their title, on the real reports", () => {
  it("takes the newest report's objective when it holds most of the question, though an older one holds all of it", async () => {
    // The year end's SO-11 says "Placement Strategy … sufficiency"; Q2's SO-01 says "sufficiency of accommodation".
    const answer = await ask("rating of the objective on placement sufficiency for children");
    expect(answer.plan.objectives).toEqual(["SO-01"]);
    expect(answer.answer).toContain("SO-01 (Q2 2025-26 report)");
  });
});

describe("rating lists by outcome, on the real reports", () => {
  it("reads 'green measures' as a rating, not the year end's '…and green communities' outcome", async () => {
    const answer = await ask("green measures this quarter");
    expect(answer.plan.outcome).toBeNull();
    expect(answer.plan.ratings).toEqual(["Strong", "Good"]);
  });

  it("knows an outcome by words of its statement before 'outcome', and green measures as Strong and Good", async () => {
    const answer = await ask("which of the value for money outcome measures are green at q2");
    expect(answer.plan.outcome).toBe("The Council");
    expect(answer.plan.ratings).toEqual(["Strong", "Good"]);
  });

  it("lists records by rating asked without 'which', after framing such as 'for the scrutiny pack -'", async () => {
    const people = await ask("people measures beating target ytd?");
    expect(people.plan.intent).toBe("list");
    expect(people.plan.outcome).toBe("People");
    const review = await ask(
      "for the scrutiny pack - which high quality public services objectives were on review at year end?",
    );
    expect(review.plan).toMatchObject({ intent: "list", ratings: ["Review"], report: "2024-25-year-end" });
    expect(review.answer).toMatch(/^4 High quality public services objectives rated Review/);
  });

  it("lists the records about a theme first and keeps the others", async () => {
    const answer = await ask("children's objectives that were amber at ye?");
    const lines = answer.answer.split("\n");
    expect(lines[0]).toBe("10 objectives rated Review in the 2024-25 year-end report (2024-25 year end):");
    expect(lines[1]).toBe('3 about "children" (by name or objective title):');
    expect(lines.slice(2, 5).map((line) => line.slice(2, 7))).toEqual(["SO-20", "SO-21", "SO-27"]);
    expect(lines[5]).toBe("Other objectives rated Review:");
    expect(lines.filter((line) => line.startsWith("- SO-"))).toHaveLength(10);
  });

  it("lists objectives by theme when asked for objectives, whatever measures the words reach", async () => {
    const answer = await ask("adult social care objectives this yr - list them with their rag");
    expect(answer.plan.intent).toBe("list");
    expect(answer.answer.split("\n")[1]).toBe('4 about "adult social care" (by name or objective title):');
    expect(answer.answer).toContain("- SO-03 Ensure there is a good choice of affordable Adult Social Care support");
  });

  it("takes words no listed record is about as wording, not a theme", async () => {
    const answer = await ask("list every measure that was red at ye");
    expect(answer.answer.split("\n")[1]).toMatch(/^- /);
  });

  it("reads 'objectives on amber' as a rating and 'the council/corporate objectives' as The Council outcome", async () => {
    const answer = await ask("any of the council/corporate objectives on amber this qtr?");
    expect(answer.plan).toMatchObject({ intent: "list", outcome: "The Council", ratings: ["Review"] });
    // "latest on green …" is not a rating.
    expect((await ask("green entrepreneur fund latest")).plan.ratings).toEqual([]);
  });

  it("reads 'not green' as below Good", async () => {
    const answer = await ask("anything not green under the place outcome this yr?");
    expect(answer.plan.ratings).toEqual(["Review", "Action"]);
    expect(answer.answer).toMatch(/^1 Place objective rated Review or Action in the Q2 2025-26 report/);
  });

  it("knows a long outcome name by two words only it has", async () => {
    const answer = await ask("which resilient communities objectives are amber");
    expect(answer.plan.outcome).toBe("Resilient, thriving, and green communities");
    expect(answer.plan.report).toBe("2024-25-year-end");
  });
});

describe("round 5: records named loosely, on the real reports", () => {
  it("keeps 'climate change' as the topic and reads 'the … one' as a record", async () => {
    const answer = await ask("why is the climate change one rated review at year end");
    expect(answer.answer).toMatch(/^SO-04 \(2024-25 year-end report\)/);
    expect(answer.answer).toContain("sufficient funding");
  });

  it("gives a why-answer the figure sentence that states the shortfall", async () => {
    const answer = await ask("why did the children's services financial strategy get review at year end");
    expect(answer.answer).toContain("£9.656m of the target £10.271m");
  });

  it("quotes a draft's measure's own objective when no sentence holds the question", async () => {
    const answer = await ask(
      "Cllr Green asked what we got for selling off land and buildings at year end - draft a reply",
    );
    expect(answer.answer).toContain("£13,017,908");
    expect(answer.answer).toContain("31% of the estate disposed of");
  });

  it("does not let any 'carers' stand for fostering", async () => {
    const names = measureNames(await ask("foster carers vs target"));
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((name) => /foster/i.test(name))).toBe(true);
  });

  it("answers a latest-on question from the newest report's measures, not an older objective", async () => {
    const answer = await ask("fostering update");
    expect(answer.answer).toContain("357 for Quarter 2 2025-26");
  });
});

describe("round 5: plain words for the reports' own", () => {
  it("reads 'wants an update on' as framing and 'cash' as money", async () => {
    const answer = await ask("the leader wants an update on cash raised from selling council property - draft a line");
    expect(answer.answer).toContain("£15,760,500");
  });

  it("reads emergency payments as crisis payments and benefits advice as Welfare Rights", async () => {
    expect((await ask("emergency payments from the discretionary fund this year - how many")).answer).toContain(
      "3,491",
    );
    expect((await ask("how many people did benefits advice help in 2024-25")).answer).toContain("23,682");
  });

  it("lists the measures so rated about a theme first", async () => {
    const answer = await ask("anything slipping on waste and recycling?");
    expect(answer.answer).toMatch(/^\d+ measures rated Review or Action/);
    expect(answer.answer).toContain("47.8%");
  });
});

describe("round 5: why asked another way", () => {
  it("reads 'whats the reason' and 'what's holding up' as why-questions", async () => {
    const reason = await ask("regeneration objective at year end - whats the reason it's on review");
    expect(reason.answer).toMatch(/^SO-14 \(2024-25 year-end report\)/);
    const holding = await ask("what's holding up the regeneration objective");
    expect(holding.answer).toContain("Spending Review");
  });
});

describe("round 5: a trend word that names a service", () => {
  it("keeps 'falls' in 'falls prevention' and reads 'what is it called' as asking the name", async () => {
    const answer = await ask("the falls prevention service - what is it called?");
    expect(answer.answer).toContain("Live Stronger for Longer");
    expect(answer.answer).not.toMatch(/suicide/i);
  });
});

describe("round 6: ratings said another way", () => {
  it("reads 'on course to hit' as asking about the target, not a topic word", async () => {
    const answer = await ask("are we on course to hit this year's savings target?");
    expect(answer.status).toBe("answered");
    expect(answer.answer).toContain("£37.499m");
    expect(answer.answer).toContain("93.1%");
  });

  it("reads 'signed off as done' as the objectives rated Complete", async () => {
    const answer = await ask("what got signed off as done under public services last yr");
    expect(answer.answer).toMatch(/^2 High quality public services objectives rated Complete/);
    expect(answer.answer).toContain("SO-24");
  });
});

describe("round 6: how people name a trend and a kind of provision", () => {
  it("reads 'the take-up of' and 'the year before' as no topic words", async () => {
    const answer = await ask("Has the take-up of direct payments gone up or down compared with the year before?");
    expect(answer.status).toBe("answered");
    expect(answer.answer).toContain("1,459");
    expect(answer.answer).toContain("794");
  });

  it("reads 'private' provision as the reports' 'externally provided'", async () => {
    const answer = await ask("kids placed in private residential homes - is that share rising?");
    expect(measureNames(answer)[0]).toBe("Proportion of children in care in externally provided residential provision");
    expect(answer.answer).toContain("21.8%");
  });

  it("reads 'reply needed for Cllr X re' as a draft request", async () => {
    const answer = await ask(
      "Reply needed for Cllr Evans re the state of the roads - what did the condition survey show?",
    );
    expect(answer.answer).toMatch(/^According to the council's Performance Report 2024-25 Year End/);
    expect(answer.answer).toContain("29.0%");
  });
});

describe("round 6: 'how has that moved'", () => {
  it("reads 'how has that moved' as the trend asked, not a topic word ('planned move')", async () => {
    const answer = await ask("start-up businesses supported - how has that moved over the last 3 yrs");
    expect(answer.answer).toMatch(/^Number of start-up businesses supported, over the periods the reports print/);
    expect(answer.answer).not.toMatch(/returning home/);
  });
});

describe("round 6: a draft's figures", () => {
  it("give each figure's benchmark, and the report of a figure from another report than the opening's", async () => {
    const answer = await ask(
      "Cllr Brown is asking whether residents are happy with the council overall - can you draft something using the survey results?",
    );
    expect(answer.answer).toMatch(/^According to the council's Performance Report Quarter 2 2025 to 2026/);
    expect(answer.answer).toContain(
      '"Percentage of residents who are satisfied with Derbyshire County Council" (Overarching Measure, 2024-25 year-end report) stood at 39.0%',
    );
    expect(answer.answer).toContain("against a benchmark of 56.0% (LGA Survey)");
  });
});

describe("round 6: a sentence stating the kind of figure asked for", () => {
  it("answers with a little less of the question's words, and only with a figure of that kind", async () => {
    const pantries = await ask("food pantry network - how many are there now?");
    expect(pantries.status).toBe("answered");
    expect(pantries.answer).toContain("17 projects");
    // The sentence on agency spend states a percentage, not pounds.
    expect((await ask("how much did we spend on agency staff last yr in £")).status).toBe("not_found");
  });
});

describe("round 6: the buses we subsidise", () => {
  it("reads 'subsidise' as the reports' 'supported' and 'journeys' as passengers carried", async () => {
    const answer = await ask("how many journeys on the buses we subsidise so far this year?");
    expect(measureNames(answer)[0]).toBe("Total number of bus passengers carried on county supported bus services");
    expect(answer.answer).toContain("1,511,867");
  });
});

describe("round 6: 'extra'", () => {
  it("reads 'extra' as the reports' 'additional'", async () => {
    const answer = await ask(
      "the new block at the special school that opened in sept - how many extra kids can it take?",
    );
    expect(answer.answer).toContain("70 additional school places");
  });
});

describe("round 6: a sentence that points back", () => {
  it("is read and quoted with the sentence before it when the two hold more of the question together", async () => {
    const answer = await ask("What's the expected investment from redeveloping the HQ site in Matlock?");
    expect(answer.status).toBe("answered");
    expect(answer.answer).toContain(
      "redeveloping the council's Matlock complex, supporting Local Government Reorganisation plans. This is expected to bring in around £50m",
    );
  });
});

describe("round 6: what came of it", () => {
  it("reads 'anything to show for it', 'did it do any good' and 'how's X getting on' as asking what the reports say of X", async () => {
    const credit = await ask("that ethical lending / affordable credit work - anything to show for it yet?");
    expect(credit.answer).toContain("helped 11 residents secure ethical loans");
    const podcast = await ask("did the mental health podcast thing do any good last yr");
    expect(podcast.answer).toContain("top 20% of video podcasts");
    const kinship = await ask("hows the new kinship / SGO team getting on, any numbers");
    expect(kinship.answer).toContain("139 to 144");
  });
});

describe("round 6: a draft's change on a year earlier", () => {
  it("says how much the figure moved since the same period a year earlier, as a derived fact", async () => {
    const answer = await ask("portfolio holder wants a para on reablement / home based enablement numbers this yr");
    expect(answer.answer).toContain(
      "stood at 2,529 for Quarter 2 2025-26 YTD, compared with 2,211 for Quarter 2 2024-25 YTD (an increase of 318)",
    );
    expect(answer.facts).toContainEqual(
      expect.objectContaining({
        type: "derived",
        value: "318",
        derived: { op: "difference", from: ["2,211", "2,529"] },
      }),
    );
  });

  it("computes no change where a note says the method changed", async () => {
    const answer = await ask(
      "draft a reply on whether residents are satisfied with the council, with the survey results",
    );
    expect(answer.answer).toContain("compared with 39.5% for 2023-2024,");
    expect(answer.answer).not.toMatch(/39\.5% for 2023-2024 \(/);
  });
});

describe("round 6: a sentence that points back, quoted", () => {
  it("is quoted with the sentence before it, and 'This quarter…' is not one", async () => {
    const answer = await ask("foster carers going up or down");
    expect(answer.answer).not.toMatch(/"This is expected/);
    expect(answer.answer).toContain(
      "there are currently 30 fostering assessments underway. This is expected to increase the number of internal foster carers",
    );
    const carers = await ask("need a short para for the cabinet member on support for unpaid carers this year");
    expect(carers.answer).toContain('"This quarter 1,905 carers have accessed support services');
  });
});

describe("round 6: 'up or down on last year'", () => {
  it("asks a trend, and the year it names is the base compared with, not the period asked", async () => {
    const answer = await ask("bus passenger nos up or down on last yr?");
    expect(answer.status).toBe("answered");
    expect(answer.answer).toContain("1,552,640");
    expect(answer.answer).toContain("1,511,867");
    expect(answer.answer).toContain("a decrease of 40,773");
  });

  it("reads 'creeping up' as asking a trend", async () => {
    const answer = await ask("landfill % creeping up?");
    expect(answer.answer).toContain("an increase of 4.1 percentage points, worse");
  });
});

describe("round 7: everyday words for what the reports name", () => {
  it("reads money brought in, cheaper travel, use of a service and breastfeeding in the reports' words", async () => {
    const funding = await ask("how much funding did libraries and museums bring in");
    expect(funding.answer).toContain("Secured £122,000 in funding");
    const travel = await ask("how many young people got cheaper bus travel");
    expect(travel.answer).toContain("discounted bus travel for 19,600 young people");
    const jsna = await ask("has use of the jsna gone up");
    expect(jsna.answer).toContain("20% increase in users");
    const feeding = await ask("is anything being done about breastfeeding");
    expect(feeding.answer).toContain("infant feeding training package");
  });

  it("reads school transport and quarrying, with 'any changes coming' and 'get a mention' as framing", async () => {
    const travel = await ask("home to school transport - any changes coming?");
    expect(travel.answer).toContain("A new home to school travel policy has been developed");
    const minerals = await ask("does the quarrying industry get a mention");
    expect(minerals.answer).toContain("The mineral industry an important sector to Derbyshire");
  });

  it("reads a '£' as asking for a sum of money", async () => {
    const answer = await ask("£ for the libraries and museums");
    expect(answer.status).toBe("answered");
    expect(answer.answer).toContain("£122,000");
  });
});

describe("round 7: a name the reports do not hold, in a draft", () => {
  it("keeps the full weight of an everyday word followed by a letter ('band D'), so a draft on it is not in the reports", async () => {
    const answer = await ask("need a para for members on band D council tax");
    expect(answer.status).toBe("not_found");
  });
});

describe("round 7: 'good, not strong'", () => {
  it("lists what is rated Good and leaves out what is rated Strong", async () => {
    const answer = await ask("which year end measures came in good, not strong");
    expect(answer.answer).toContain("3 measures rated Good in the 2024-25 year-end report");
    expect(answer.answer).not.toMatch(/rated Strong/);
  });
});

describe("round 8: yes-or-no questions about what is being done, in everyday words", () => {
  it("answers from what the reports say, in their words", async () => {
    const catering = await ask("are we looking at commercialising school catering?");
    expect(catering.answer).toContain("An options paper for the commercialisation of the Catering Service");
    const signals = await ask("are we doing anything w the traffic lights to speed buses up");
    expect(signals.answer).toContain("£1.85m of traffic signal junction upgrades");
    const recycling = await ask("are we ready for the new simpler recycling rules?");
    expect(recycling.answer).toContain("compliance with new Simpler Recycling requirements");
    const waste = await ask("have we saved anything on getting rid of household rubbish");
    expect(waste.answer).toContain("Saved nearly £1m by renegotiating waste disposal contracts");
  });

  it("reads drug and alcohol services as substance misuse, for the year asked", async () => {
    const answer = await ask("drug and alcohol recovery services - anything to report for 24/25?");
    expect(answer.answer).toContain("Supplemental Substance Misuse Treatment and Recovery Grant");
  });
});
