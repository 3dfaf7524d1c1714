import { describe, expect, it } from "vitest";
import { capitaliseAcronyms } from "../../../src/answer/read/capitalise-acronyms.js";
import { correctSpelling } from "../../../src/answer/read/correct-spelling.js";
import { editDistance } from "../../../src/answer/read/edit-distance.js";
import { expandShorthand } from "../../../src/answer/read/expand-shorthand.js";
import { readOutcomeNames } from "../../../src/answer/read/read-outcome-names.js";
import { readQuestion } from "../../../src/answer/read/read-question.js";
import { readRatingQuestion } from "../../../src/answer/read/read-rating-question.js";
import { readTopicFraming } from "../../../src/answer/read/read-topic-framing.js";
import { splitQuestionParts } from "../../../src/answer/read/split-question-parts.js";
import { stripFraming } from "../../../src/answer/read/strip-framing.js";

const outcomeNames = [
  "People",
  "Place",
  "The Council",
  "Happy, safe, and healthy people",
  "A strong, diverse, and clean economy",
];

describe("readTopicFraming", () => {
  it("reads 'how are we getting on with X' as the latest on X", () => {
    expect(readTopicFraming("how are we getting on with the highways transformation")).toBe(
      "what is the latest on the highways transformation",
    );
    expect(readTopicFraming("update on transport transfer to emcca")).toBe(
      "what is the latest on transport transfer to emcca",
    );
    expect(readTopicFraming("whats our ehcp backlog looking like")).toBe("what is the latest on ehcp backlog");
    expect(readTopicFraming("emcca transport functions transfer - whats the timeline")).toBe(
      "when is emcca transport functions transfer due",
    );
    expect(readTopicFraming("buses - what is q2 saying")).toBe("what is the latest on buses");
    expect(readTopicFraming("lgr - anything new?")).toBe("what is the latest on lgr");
    expect(readTopicFraming("what did stronger families achieve by year end")).toBe(
      "what is the latest on stronger families by year end",
    );
    expect(readTopicFraming("heartwood forest achievements")).toBe("what is the latest on heartwood forest");
    expect(readTopicFraming("what the welfare rights team achieved over 2024/25")).toBe(
      "what is the latest on welfare rights team over 2024/25",
    );
    // A figure asked of what was delivered stays a figure question.
    expect(readTopicFraming("What was the savings delivered against target in 2024-25?")).toBe(
      "What was the savings delivered against target in 2024-25?",
    );
  });
});

describe("expandShorthand", () => {
  it("writes out contractions, units glued to numbers and symbols, keeping printed figures", () => {
    expect(expandShorthand("ehcp 20wk % this yr?")).toBe("ehcp 20 week percentage this year?");
    expect(expandShorthand("what's the no. of kids in care vs last yr")).toBe(
      "what is the number of kids in care compared with last year",
    );
    expect(expandShorthand("is it above 64.7%?")).toBe("is it above 64.7%?");
    expect(expandShorthand("handing bus functions over to the combined authority")).toBe(
      "handing over bus functions to the combined authority",
    );
    expect(expandShorthand("what is the handover date")).toBe("what is the handover date");
    expect(expandShorthand("32hr defects, 9 days")).toBe("32 hour defects, 9 days");
  });

  it("spells out council shorthand the reports write in full", () => {
    expect(expandShorthand("plans for the hq site")).toBe("plans for the headquarters site");
    expect(expandShorthand("how many left care via sgo")).toBe("how many left care via special guardianship order");
    expect(expandShorthand("vfm score, csc spend")).toBe("value for money score, children's social care spend");
    expect(expandShorthand("one council transformation prog, corp parenting strat")).toBe(
      "one council transformation programme, corporate parenting strategy",
    );
  });

  it("reads 'SO' without a number as an objective, in capitals only", () => {
    expect(expandShorthand("highways SO amber?")).toBe("highways objective amber?");
    expect(expandShorthand("which SOs are red")).toBe("which objectives are red");
    expect(expandShorthand("SO-12 and SO 14")).toBe("SO-12 and SO 14");
    expect(expandShorthand("so far so good")).toBe("so far so good");
  });

  it("reads short financial years and year end, but not a range of other numbers", () => {
    expect(expandShorthand("savings 24/25 vs ye 23-24")).toBe("savings 2024-25 compared with year end 2023-24");
    expect(expandShorthand("ages 16-19")).toBe("ages 16-19");
  });
});

describe("stripFraming", () => {
  it("takes off who asked and how to write the reply, and marks a draft", () => {
    expect(stripFraming("Cllr Smith asked about EHCP timeliness - draft me a reply with the figures")).toEqual({
      text: "EHCP timeliness",
      draft: true,
      chart: false,
      removed: ["Cllr Smith asked about", "- draft me a reply with the figures"],
    });
    expect(stripFraming("give me a paragraph for a member on adult social care waiting times")).toMatchObject({
      text: "adult social care waiting times",
      draft: true,
    });
    expect(stripFraming("para for the adult care portfolio holder on carers support")).toMatchObject({
      text: "carers support",
      draft: true,
    });
    expect(stripFraming("Reply needed for councillor Evans re the state of the roads")).toMatchObject({
      text: "the state of the roads",
      draft: true,
    });
  });

  it("reads the general shape of a request for words to send: what is written, whom for, what about", () => {
    const cases: [string, string][] = [
      [
        "need a couple of lines for the cabinet member for finance on whether we'll hit this year's savings",
        "whether we'll hit this year's savings",
      ],
      [
        "need two lines for the lead member on children's social worker vacancy rates",
        "children's social worker vacancy rates",
      ],
      ["portfolio holder for resources wants a line on surplus property sales", "surplus property sales"],
      ["the leader wants a couple of sentences for the press on bus passengers", "bus passengers"],
      ["need a quick reply to Cllr Shaw on staff sickness levels q2", "staff sickness levels q2"],
      [
        "Cllr Evans asked what the council is doing on tree planting - draft a couple of sentences",
        "what the council is doing on tree planting",
      ],
      [
        "how much went out from the discretionary fund last quarter, pls draft",
        "how much went out from the discretionary fund last quarter",
      ],
      // What the asker says is the occasion; a request that names its topic names the topic.
      [
        "Cllr Ward says the roads are falling apart - draft a response on what we're doing on potholes",
        "what we're doing on potholes",
      ],
      [
        "draft a reply to Cllr Morgan who says recycling rates are going backwards",
        "recycling rates are going backwards",
      ],
      // The kind of figures a request names is part of the topic.
      [
        "Cllr asked whether people are happier with the buses this year - draft a short reply with the satisfaction figures",
        "whether people are happier with the buses this year satisfaction",
      ],
      // A request on "what's been done this year" leaves the topic with the occasion.
      [
        "a councillor says potholes are never fixed - draft me a short reply setting out what's been done this year",
        "potholes are never fixed what's been done this year",
      ],
    ];
    for (const [asked, topic] of cases) expect(stripFraming(asked)).toMatchObject({ text: topic, draft: true });
    expect(stripFraming("cllr worried about child protection conference timeliness")).toMatchObject({
      text: "child protection conference timeliness",
      draft: true,
    });
    expect(stripFraming("the leader is unhappy with recycling rates")).toMatchObject({ text: "recycling rates" });
    expect(stripFraming("SEND / EHCP delays, include the numbers")).toMatchObject({ text: "SEND / EHCP delays" });
    // An update or the figures asked for is not a request for a draft.
    expect(stripFraming("give me an update on potholes")).toMatchObject({ draft: false });
    expect(stripFraming("I need the figures on potholes")).toMatchObject({
      text: "the figures on potholes",
      draft: false,
    });
  });

  it("takes off a request for a chart, so the rest names the topic", () => {
    expect(stripFraming("show me a graph of staff sickness absence")).toEqual({
      text: "staff sickness absence",
      draft: false,
      chart: true,
      removed: ["show me a graph of"],
    });
    expect(stripFraming("plot the ehcp 20 week figures")).toMatchObject({ text: "ehcp 20 week figures", chart: true });
    expect(stripFraming("recycling rate as a chart please")).toMatchObject({ text: "recycling rate", chart: true });
    expect(stripFraming("how many potholes have been repaired")).toMatchObject({ chart: false });
  });

  it("reads a draft asked for after the topic or with 'need a para', and marks it", () => {
    expect(stripFraming("Cllr Brown asked about school exclusions - can you draft something")).toMatchObject({
      text: "school exclusions",
      draft: true,
    });
    expect(stripFraming("cabinet member wants a line on recycling performance")).toMatchObject({
      text: "recycling performance",
      draft: true,
    });
    expect(stripFraming("need a para for the leader on bus services")).toMatchObject({
      text: "bus services",
      draft: true,
    });
  });

  it("takes off openers and politeness without asking for a draft", () => {
    expect(stripFraming("quick one: potholes this year? thanks")).toMatchObject({
      text: "potholes this year?",
      draft: false,
    });
    expect(stripFraming("quick - foster carers vs target")).toMatchObject({ text: "foster carers vs target" });
    expect(stripFraming("quick: bus passengers")).toMatchObject({ text: "bus passengers" });
    expect(stripFraming("can you tell me how many carers we support")).toMatchObject({
      text: "how many carers we support",
      draft: false,
    });
  });

  it("never takes the whole question", () => {
    expect(stripFraming("summary").text).toBe("summary");
  });
});

describe("splitQuestionParts", () => {
  it("splits where a second question starts", () => {
    expect(splitQuestionParts("what is the target for potholes and are we hitting it?")).toEqual([
      "what is the target for potholes",
      "are we hitting it?",
    ]);
    expect(splitQuestionParts("how many potholes? how does that compare with last year")).toEqual([
      "how many potholes?",
      "how does that compare with last year",
    ]);
  });

  it("keeps an 'and' inside one question together", () => {
    expect(splitQuestionParts("GCSE English and Maths gap")).toEqual(["GCSE English and Maths gap"]);
    expect(splitQuestionParts("household waste recycled, reused and composted")).toEqual([
      "household waste recycled, reused and composted",
    ]);
  });
});

describe("readRatingQuestion", () => {
  it("reads 'anything off track on X' as the lists so rated, narrowed by the theme, measures first", () => {
    expect(readRatingQuestion("anything slipping on waste and recycling?", outcomeNames)).toEqual([
      "which measures are rated Review or Action on waste and recycling",
      "which objectives are rated Review or Action on waste and recycling",
    ]);
    // Without "anything" a topic is still the planner's to read.
    expect(readRatingQuestion("waste and recycling slipping", outcomeNames)).toBeNull();
  });

  it("reads 'signed off' as Complete and 'off course' as off track", () => {
    expect(readRatingQuestion("what got signed off as done under Place last year", outcomeNames)).toEqual([
      "which objectives are rated Complete in Place last year",
    ]);
    expect(readRatingQuestion("anything off course?", outcomeNames)).toEqual([
      "which objectives are rated Review or Action",
      "which measures are rated Review or Action",
    ]);
  });

  it("reads no rating in an outcome's own name ('green communities')", () => {
    const names = [...outcomeNames, "Resilient, thriving, and green communities"];
    expect(readRatingQuestion("anything not on track under the green communities outcome?", names)).toEqual([
      "which objectives are rated Review or Action in Resilient, thriving, and green communities",
      "which measures are rated Review or Action in Resilient, thriving, and green communities",
    ]);
  });

  it("turns a RAG word with no topic into the lists it means", () => {
    expect(readRatingQuestion("what is red at the moment?", outcomeNames)).toEqual([
      "which objectives are rated Action",
      "which measures are rated Action",
    ]);
    expect(readRatingQuestion("anything flagged for action under Place?", outcomeNames)).toEqual([
      "which objectives are rated Action in Place",
      "which measures are rated Action in Place",
    ]);
    expect(readRatingQuestion("how many measures are off track at the end of 2024-25", outcomeNames)).toEqual([
      "how many measures are rated Review or Action at the end of 2024-25",
    ]);
    expect(readRatingQuestion("which areas are doing well", outcomeNames)).toEqual([
      "which objectives are rated Good",
      "which measures are rated Strong or Good",
    ]);
  });

  it("leaves a question with a topic, an objective code, a why or a blank rating to the planner", () => {
    for (const question of [
      "is the recycling rate good?",
      "are we on track?",
      "is it red",
      "Why is SO-02 rated Action?",
      "why are we red on potholes",
      "which objectives have no rating",
    ]) {
      expect(readRatingQuestion(question, outcomeNames)).toBeNull();
    }
  });
});

describe("readOutcomeNames", () => {
  it("writes an outcome used as a filter as the report does", () => {
    expect(readOutcomeNames("anything red under place", outcomeNames)).toBe("anything red under Place");
    expect(readOutcomeNames("how many measures are green in people", outcomeNames)).toBe(
      "how many measures are green in People",
    );
    expect(readOutcomeNames("people measures rated action", outcomeNames)).toBe("People measures rated action");
  });

  it("leaves the ordinary word alone", () => {
    expect(readOutcomeNames("how many people in care", outcomeNames)).toBe("how many people in care");
  });
});

describe("readTopicFraming", () => {
  it("reads a topic asked for the latest on, before or after it", () => {
    expect(readTopicFraming("heartwood forest update")).toBe("what is the latest on heartwood forest");
    expect(readTopicFraming("buses whats the picture")).toBe("what is the latest on buses");
    expect(readTopicFraming("whats the story on foster carer recruitment")).toBe(
      "what is the latest on foster carer recruitment",
    );
    expect(readTopicFraming("corporate parenting strategy when")).toBe("when is corporate parenting strategy due");
    expect(readTopicFraming("how many potholes")).toBe("how many potholes");
  });
});

describe("correctSpelling", () => {
  const words = new Map([
    ["potholes", 4],
    ["pothole", 2],
    ["recycling", 5],
    ["reablement", 3],
  ]);
  const englishRank = (word: string) => (({ doing: 200, fixed: 900, bin: 5000 }) as Record<string, number>)[word];

  it("reads a typo as the reports' word it is one or two edits from", () => {
    expect(correctSpelling("pothols fixed", { words, englishRank })).toEqual({
      text: "potholes fixed",
      corrections: [{ from: "pothols", to: "potholes" }],
    });
    expect(correctSpelling("recyling rate", { words, englishRank }).text).toBe("recycling rate");
  });

  it("leaves common English words, acronyms and everything when no word list is given", () => {
    expect(correctSpelling("doing fixed", { words, englishRank }).corrections).toEqual([]);
    expect(correctSpelling("REABLMENT", { words, englishRank }).corrections).toEqual([]);
    // Two edits that change the second letter make another word, not a typo.
    expect(correctSpelling("electively", { words: new Map([["effectively", 3]]), englishRank }).corrections).toEqual(
      [],
    );
    // Mixed-case acronyms too: "DoLS" is not a typo of a report word.
    expect(correctSpelling("PotHols", { words, englishRank }).corrections).toEqual([]);
    expect(correctSpelling("pothols", { words }).corrections).toEqual([]);
  });

  it("counts a swap of neighbouring letters as one edit", () => {
    expect(editDistance("recieve", "receive")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("kitten", "sitting", 1)).toBe(2);
  });
});

describe("capitaliseAcronyms", () => {
  const acronyms = [{ acronym: "SEND", word: true }, { acronym: "DES", word: true }, { acronym: "EHCP" }];
  it("reads a lower-case acronym that is also a word as the acronym outside verb use", () => {
    expect(capitaliseAcronyms("how is send going", acronyms)).toBe("how is SEND going");
    expect(capitaliseAcronyms("des into paid work", acronyms)).toBe("DES into paid work");
    expect(capitaliseAcronyms("send me the figures", acronyms)).toBe("send me the figures");
    expect(capitaliseAcronyms("can you send the ehcp figures", acronyms)).toBe("can you send the ehcp figures");
  });
});

describe("readQuestion", () => {
  it("reads a question in its steps and says whether it was rewritten", () => {
    expect(
      readQuestion("Cllr Smith asked about ehcp 20wk % - draft me a reply", { outcomeNames, lexicon: null }),
    ).toEqual({
      asked: "Cllr Smith asked about ehcp 20wk % - draft me a reply",
      parts: ["ehcp 20 week percentage"],
      draft: true,
      chart: false,
      corrections: [],
      rewritten: true,
    });
    expect(readQuestion("How many potholes have been repaired?", { outcomeNames, lexicon: null }).rewritten).toBe(
      false,
    );
  });
});

describe("round 7: ratings, mentions and occasions said another way", () => {
  it("reads 'X, not Y' and 'X rather than Y' as rated X", () => {
    expect(readRatingQuestion("which measures came in amber rather than red last year", outcomeNames)).toEqual([
      "which measures are rated Review last year",
    ]);
    expect(readRatingQuestion("objectives that are green, not complete", outcomeNames)).toEqual([
      "which objectives are rated Good",
    ]);
  });

  it("reads beating or smashing a target as doing well", () => {
    expect(readRatingQuestion("which kpis smashed their targets", outcomeNames)).toEqual([
      "which measures are rated Strong or Good",
    ]);
    expect(readRatingQuestion("anything beating its target in People", outcomeNames)).toEqual([
      "which measures are rated Strong or Good in People",
    ]);
  });

  it("reads 'does X get a mention', 'is anything being done about X' and 'X - what came of it' as the latest on X", () => {
    expect(readTopicFraming("does fostering get a mention")).toBe("what is the latest on fostering");
    expect(readTopicFraming("is the Local Government Reorganisation mentioned in the q2 report")).toBe(
      "what is the latest on Local Government Reorganisation in the q2 report",
    );
    expect(readTopicFraming("is there anything being done about loneliness")).toBe("what is the latest on loneliness");
    expect(readTopicFraming("the highways peer review - what came of it")).toBe(
      "what is the latest on the highways peer review",
    );
    expect(readTopicFraming("libraries strategy - any changes planned?")).toBe(
      "what is the latest on libraries strategy",
    );
  });

  it("takes off a councillor passing on a resident's complaint, and marks a draft", () => {
    expect(stripFraming("Cllr Patel forwarded a constituent's complaint about gritting - need a reply")).toMatchObject({
      text: "gritting",
      draft: true,
    });
    // What the reply is asked to be on says only "what has changed": the occasion holds the topic.
    expect(stripFraming("residents are fed up with potholes - draft a reply on what has changed").text).toBe(
      "residents are fed up with potholes what has changed",
    );
  });

  it("spells out 'thru' and 'resis'", () => {
    expect(expandShorthand("kids in private resis thru the year")).toBe("kids in private residential through the year");
  });
});

describe("round 8: asking whether something is being done", () => {
  it("reads 'are we ready for / looking at / doing anything about X' and 'is there X in the works' as the latest on X", () => {
    expect(readTopicFraming("are we ready for the new simpler recycling rules?")).toBe(
      "what is the latest on the new simpler recycling rules",
    );
    expect(readTopicFraming("are we looking into a new libraries strategy")).toBe(
      "what is the latest on a new libraries strategy",
    );
    expect(readTopicFraming("is there a county food strategy in the works?")).toBe(
      "what is the latest on county food strategy",
    );
    expect(readTopicFraming("are we doing anything about loneliness")).toBe("what is the latest on loneliness");
  });

  it("keeps a period at the end of a framed topic, and reads 'what did X do' as the latest on X", () => {
    expect(readTopicFraming("drug and alcohol recovery services - anything to report for 2024-25?")).toBe(
      "what is the latest on drug and alcohol recovery services for 2024-25",
    );
    expect(readTopicFraming("what did public health do on screening last year")).toBe(
      "what is the latest on public health on screening last year",
    );
    expect(readTopicFraming("how many potholes for 2024-25?")).toBe("how many potholes for 2024-25?");
  });

  it("writes out contractions without their apostrophe and a lone 'n' as 'and'", () => {
    expect(expandShorthand("screening n jabs didnt happen, we werent told")).toBe(
      "screening and jabs did not happen, we were not told",
    );
  });

  it("takes off 'can you pull together a few lines' at the end, as a draft", () => {
    expect(stripFraming("what help is there for new businesses - can you pull together a few lines")).toMatchObject({
      text: "what help is there for new businesses",
      draft: true,
    });
  });
});
