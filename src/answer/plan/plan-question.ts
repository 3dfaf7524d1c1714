import { objectiveCode } from "../../report/objective-code.js";
import type { Report } from "../../report/report.js";
import type { PlannedQuestion, PlanningContext } from "./planned-question.js";
import { bestObjective } from "../match/best-objective.js";
import type { Corpus } from "../corpus/build-corpus.js";
import { completionDeadline, completionPhrase, completionStart } from "../period/completion-date.js";
import { detectIntent } from "./detect-intent.js";
import { detectOutcome } from "./detect-outcome.js";
import { type Links, matchQuestion, type SentenceMatch } from "../match/match-question.js";
import { namedPeriod } from "../period/named-period.js";
import { previousQuarter, sameTimeLastYear, shiftFinancialYear } from "../period/financial-year.js";
import { formatPeriodKey, planPeriod, type PeriodKey } from "../period/period-key.js";
import { phraseSynonyms } from "../corpus/phrase-synonyms.js";
import type { Plan } from "./plan.js";
import type { QuestionPeriod } from "../period/question-period.js";
import { ratingFilters, withoutRatingAsked, withoutRatingWords } from "./rating-filters.js";
import { reportPeriodKey, resolveReport } from "../period/resolve-report.js";
import { statedFigures } from "../corpus/stated-figures.js";
import { coverageInContext, type WeighedTerm, weighTerms } from "../corpus/term-index.js";
import { topicTerms } from "../corpus/topic-terms.js";
import { askedUnit, measureUnit } from "./asked-unit.js";
import { reportCatalogue } from "../../report/report-catalogue.js";
import { ratedAsAsked } from "./rated-as-asked.js";
import { statedRatings } from "./stated-ratings.js";

const measureThreshold = 0.5;

const followUpPattern =
  /^\s*(?:and|what about|how about|what of|same for|and for|why|how come|what was it|what is it)\b/i;

// "vs the LGA benchmark", "compared with England", "against our CIPFA nearest neighbours": the comparison a measure's
// benchmark column answers, not the topic; the answer carries each figure's benchmark and its group.
const benchmarkReference =
  /\b(?:compared (?:with|to)|against|versus|relative to|than)\s+(?:the\s+|our\s+)?(?:lga|cipfa|england|english|national(?:ly)?|(?:statistical|nearest) neighbours|comparators?|other (?:councils|counties|authorities)|similar (?:councils|counties|authorities)|peers|benchmarks?)(?:\s+(?:average|benchmark|survey|counties|nearest neighbours|neighbours|figures?|data|results?|average))*\b/gi;

// Words that ask how to answer rather than what about: left out of the topic. A trend word that names a service
// ("falls prevention", "climate change") stays.
const framingWords =
  /\b(?:(?:the )?same (?:period|quarter|time|point)(?: (?:last|the previous|previous) year)?|(?:the )?(?:last|previous) year|(?:a|the) year (?:ago|earlier|before)|(?:gone|going|went|come|came|coming|creep(?:ing|ed|s)?) (?:up|down|upwards?|backwards?|forwards?)|(?:has|have|did) (?:that|it|this|they|these|those|the figures?|the numbers?) (?:moved|move|shifted|shift)|dropp?(?:ed|ing|s)?|fall(?:en|ing|s)?(?!\s+(?:prevention|service|team|programme))|fell|ris(?:e|en|ing|es)|rose|jump(?:ed|ing|s)?|shot up|so (?:high|low)|getting better|getting worse|better or worse|worse|worsening|(?<!\bclimate\s)chang(?:e|ed|es|ing)|trend|trends|over time|compared|comparison|improv(?:e|ed|ing|ement)|declin(?:e|ed|ing)|since|history|historic|draft|briefing|brief|line|member|members|question|councillor|councillors|paragraph|note|answer|write|prepare|please|summary|summarise|overview|overall|explain|tell|rated|rating|ratings|objectives?|measures?|indicators?|strategic|plan|programme of|list|which|scores?|results?|figures?)\b/gi;

// Words people put round a topic that say nothing of it ("are we actually recruiting more of our own…", "why are
// fewer people taking up…"): left out of the topic, so they do not dilute it. "One" that stands for a record ("why
// was the climate change one amber") is one of them.
const fillerWords =
  /\b(?:actually|really|still|already|even|ever|yet|own|other|called|anything to show for (?:it|that|this|them|all that)|any (?:numbers|figures|stats)|(?:do|did|does|done|doing) any good|getting on(?= *[,?.!-]| *$| with\b)|(?:the )?reasons?|holding(?: (?:it|things|us|this))? up|held up|wants?(?: to know)?|(?:an? |any )?updates?|went|gone|fewer|whether|seems?|seemed|looking|looks|like|things?|stuff|lots?|a bit|kind of|sort of|tak(?:e|es|ing|en)[\s-]up|last|hit|hitting|how come|nobody|no one|any ?more|off the rails|(?:is |are )?tracking|(?:so|too|that) long|falling apart|a (?:mess|shambles|disaster)|(?<=\w\s+)one(?=\s+(?:is|was|are|were|at|in|on|for|rated|showing|been|now|doing|going)\b|\s*[?.!]?\s*$)|(?:so |really |very )?(?:bad|badly|terrible|awful|dire|worrying|disappointing))\b/gi;

// "on last year", "than the year before", "compared with last yr": the base a trend compares the latest figure with.
const comparisonBase =
  /\b(?:on|than|from|vs\.?|versus|against|compared (?:with|to)|since)\s+(?:the\s+)?(?:last|previous|prior)\s+(?:financial\s+)?(?:year|yr)\b|\b(?:on|than|compared (?:with|to))\s+(?:the|a)\s+year\s+(?:before|earlier)\b/i;

/** Turns a question into a plan offline: rules for intent, period and ratings; word matching for what it is about. */
export function planQuestion(asked: string, context: PlanningContext, previousPlan: Plan | null): PlannedQuestion {
  // Dashes of every kind ("SO–12", "2024‑25") read as hyphens; other odd spacing as spaces.
  const question = asked.replace(/[\u2010-\u2015\u2212]/g, "-").replace(/[\u00a0\u2000-\u200b]/g, " ");
  const newest = context.reports[0];
  const years = { current: newest?.financialYear ?? "", previous: shiftFinancialYear(newest?.financialYear ?? "", -1) };
  const askedRatings = ratingFilters(question);
  // "people measures beating target", "Place objectives on review": records by rating, asked without "which".
  const detected = detectIntent(question);
  const intent =
    detected === "figure" &&
    /\b(?:objectives|measures|indicators|kpis)\b/i.test(question) &&
    (askedRatings.length > 0 || /\blist\b|\bwith (?:their |the |its )?(?:rag|ratings?|status(?:es)?)\b/i.test(question))
      ? "list"
      : detected;
  const deadline = askedRatings.includes("Complete") ? null : completionDeadline(question);
  // A completion date ("due by March 2026") is a filter on objectives, not the period to report on.
  const deadlineText =
    deadline !== null && (intent === "list" || intent === "count") ? (completionPhrase(question) ?? "") : "";
  // "bus passengers up or down on last yr?": in a trend the year compared with is the base, not the period asked.
  const comparedText = intent === "trend" ? (comparisonBase.exec(question)?.[0] ?? "") : "";
  const period = namedPeriod(
    [deadlineText, comparedText].reduce((text, part) => (part ? text.replace(part, " ") : text), question),
    years,
    context,
  );
  const codes: string[] = [...question.matchAll(/\bSO[-\s]?(\d{1,2})\b/gi)].map((match) =>
    objectiveCode(match[1] ?? ""),
  );
  const namedCodes = codes.length;
  const ratings = intent === "list" || intent === "count" ? [...askedRatings] : [];
  const outcome =
    intent === "list" || intent === "count" || intent === "summary" ? detectOutcome(question, context.reports) : null;
  // Only measures are rated Strong, only objectives Complete: the rating says which a list is of.
  const onlyMeasureRating = ratings.length > 0 && ratings.every((rating) => rating === "Strong");
  const onlyObjectiveRating = ratings.length > 0 && ratings.every((rating) => rating === "Complete");
  const subject = onlyMeasureRating
    ? "measures"
    : onlyObjectiveRating
      ? "objectives"
      : /\bmeasures?\b|\bindicators?\b|\bkpis?\b|\bfigures\b/i.test(question)
        ? "measures"
        : /\bobjectives?\b/i.test(question) || ratings.includes("Complete")
          ? "objectives"
          : ratings.includes("Strong")
            ? "measures"
            : intent === "list" || intent === "count"
              ? "objectives"
              : null;

  // Green is Good and Strong for a measure: "which Place measures are green".
  if (
    subject === "measures" &&
    /\bgreens?\b/i.test(question) &&
    ratings.includes("Good") &&
    !ratings.includes("Strong")
  )
    ratings.unshift("Strong");
  const allMeasures = context.corpus.measures.map((entry) => entry.measure);
  const resolved = period ? resolveReport(period, context.reports, allMeasures) : null;
  const periodNotCovered =
    period !== null && period.financialYear !== null && resolved !== null && !resolved.report && !resolved.inColumns;
  const namesLatest = /\b(?:latest|current|most recent|newest|this) (?:report|quarter)\b/i.test(question);
  // An outcome named by a plan that only an older report follows points to the newest report that has it.
  const outcomeReport = outcome
    ? context.reports.find((candidate) => candidate.outcomes.some((entry) => entry.name === outcome))?.id
    : undefined;
  const report = namesLatest ? (newest?.id ?? null) : (resolved?.report?.id ?? outcomeReport ?? null);

  // Rating words name no topic when the question is about a rating; in a figure question they may ("rated good or outstanding").
  const topic = (
    intent === "figure" || intent === "trend" || intent === "draft"
      ? withoutRatingAsked(question)
      : // "why are we red on placements": a why-answer gives the rating; the colour is not the topic.
        intent === "explain"
        ? withoutRatingAsked(withoutRatingWords(question))
            .replace(/\b(?:red|amber)\b/gi, " ")
            .replace(/\b(?:on|at|as|for)\s+(?:review|action)\b/gi, " ")
        : withoutRatingWords(question)
  )
    .replace(period?.text ?? "\u0000", " ")
    .replace(/\bSO[-\s]?\d{1,2}\b/gi, " ")
    .replace(/\b20\d\d\s*[-–/]\s*(?:20)?\d\d\b/g, " ")
    .replace(/\b(?:q|quarter)\s*[1-4]\b/gi, " ")
    .replace(benchmarkReference, " ")
    // "over 3 years", "last five quarters": how far back a trend goes, not its topic.
    .replace(
      /\b(?:over |for |in )?(?:the )?(?:last |past )?(?:\d+|two|three|four|five|six) (?:years?|quarters?)\b/gi,
      " ",
    )
    .replace(framingWords, " ")
    // "what's still outstanding": what is left to do, not the "Outstanding" of an Ofsted rating.
    .replace(/\b(?:still|left|remaining|remains?)\s+outstanding\b/gi, " ")
    .replace(fillerWords, " ")
    // "did highways pass the peer review", "have we met it": in a yes-or-no question the verb asks, the rest is the topic.
    .replace(
      /^(\s*(?:did|has|have|had|will|would|does|do)\b.*?)\b(?:pass|passed|meet|met|achieve|achieved|get|got)\b/i,
      "$1 ",
    )
    .replace(/\b(?:19|20)\d\d\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const weighed = incidentalWords(
    weighTerms(context.corpus.index, topicTerms(topic), phraseSynonyms(topic, context.synonyms)),
    intent,
    context.englishRank,
    topic,
  );
  // The newest few reports and the one asked for: older reports' measures are reached through their series, and
  // as reports accumulate this keeps each question's matching work flat.
  const scope = new Set([
    ...reportCatalogue(context.reports).recent.map((entry) => entry.id),
    ...(report ? [report] : []),
    ...(previousPlan?.report ? [previousPlan.report] : []),
  ]);
  const links = matchQuestion(weighed, context.corpus, (id) => scope.has(id));

  const best = links.measures[0];
  const reportOrder = reportCatalogue(context.reports).positions;
  // A sentence that holds far more of the question than any measure name answers it better ("helped by TEC").
  // Only for a figure lookup, and only a sentence that states a figure; a trend needs a measure's series.
  // A briefing draft is written from what the reports say: a sentence holding all of it beats a measure holding part.
  // Only a sentence of the report asked for competes ("last year": a Q2 sentence does not displace a year-end measure).
  const askedSentences = report ? links.sentences.filter((match) => match.chunk.report === report) : links.sentences;
  const bestSentence =
    intent === "figure"
      ? (askedSentences.find((match) => statedFigures(match.sentence).length > 0 && match.coverage >= 0.7)?.coverage ??
        0)
      : intent === "draft"
        ? (askedSentences.find((match) => match.coverage >= 0.9)?.coverage ?? 0)
        : 0;
  // "How many …" wants a count, "what percentage …" a percentage: a measure of the other kind ranks lower.
  const wanted = askedUnit(question);
  const ranked = links.measures
    .map((entry) => ({
      ...entry,
      score: entry.score - (wanted && measureUnit(entry.item) && measureUnit(entry.item) !== wanted ? 0.15 : 0),
    }))
    .sort((left, right) => right.score - left.score);
  const top = ranked[0];
  const measures: string[] =
    top && best && best.coverage >= Math.max(measureThreshold, bestSentence - 0.3)
      ? ranked
          // Close in score, or holding as much of the question (a newer report's longer name for the same thing).
          .filter(
            (entry) =>
              entry.coverage >= measureThreshold &&
              (entry.score >= top.score - 0.12 ||
                (entry.coverage >= top.coverage - 0.02 &&
                  entry.score >= top.score - 0.25 &&
                  (reportOrder.get(entry.item.report) ?? 0) < (reportOrder.get(top.item.report) ?? 0))),
          )
          .filter((entry) => codes.length === 0 || codes.includes(entry.item.objective))
          // Among near-equal matches the newest report's measure comes first: "latest report by default". A trend
          // follows a series across reports, so there the closest series leads whichever report holds it.
          .sort((left, right) =>
            intent === "trend"
              ? right.score - left.score
              : (reportOrder.get(left.item.report) ?? 0) - (reportOrder.get(right.item.report) ?? 0) ||
                right.score - left.score,
          )
          .slice(0, 6)
          .map((entry) => entry.item.id)
      : [];

  // "child protection conference timeliness and social work assessments": two topics joined, each a measure of its
  // own, which no one measure name holds most of. Each side is matched alone; when a measure holds most of every
  // side, those measures join.
  if ((best?.coverage ?? 0) < 0.7 && (intent === "figure" || intent === "draft"))
    for (const id of sideMeasures(topic, context, scope)) if (!measures.includes(id)) measures.push(id);

  // Measures that together hold no more than half the question answer none of it: "council tax collection rate"
  // reaches the waste measures through "collected" alone. Two measures holding a half each ("exclusions and
  // suspensions") hold all of it.
  if (measures.length > 0 && heldTogether(weighed, measures, context.corpus) <= measureThreshold + 1e-9)
    measures.length = 0;

  // "the residents survey results": a note under a table that holds the question is a note of the measures it
  // qualifies ("The methodology for the Your Council Your Voice residents survey has changed…"): they answer it.
  if (measures.length === 0 && (intent === "figure" || intent === "draft" || intent === "trend")) {
    // Only the note that holds the question best of all the prose: a sentence as good elsewhere answers it itself.
    const isNote = (match: (typeof askedSentences)[number]) =>
      match.chunk.kind === "note" || match.chunk.kind === "footnote";
    const note = askedSentences[0];
    if (
      note &&
      note.coverage >= 0.9 &&
      isNote(note) &&
      !askedSentences.some((match) => !isNote(match) && match.coverage >= note.coverage - 0.05)
    )
      for (const entry of context.corpus.measures)
        if (
          measures.length < 6 &&
          entry.measure.report === note.chunk.report &&
          entry.measure.notes.some((qualifying) => qualifying.text === note.chunk.text)
        )
          measures.push(entry.measure.id);
  }

  // "Why is the budget savings objective under review?": an objective named by its title, newest report first.
  const objectiveLink =
    codes.length === 0 && (intent === "explain" || intent === "summary" || /\bobjective\b/i.test(question))
      ? bestObjective(links, context.reports, report)
      : null;
  // A sentence holding the whole question ("agency social workers") answers it better than an objective whose
  // title holds part of it; the objective still wins when the question says "objective".
  const sentenceBeatsObjective =
    objectiveLink !== null &&
    (((links.sentences[0]?.coverage ?? 0) >= 0.95 && objectiveLink.coverage <= 0.75) ||
      (links.sentences[0]?.coverage ?? 0) >= Math.max(0.8, objectiveLink.coverage + 0.2)) &&
    !/\bobjective\b/i.test(question);
  // Latest report by default: an older report's objective does not displace a newer report's measures that hold as
  // much of the question ("how come recycling is down": the Q2 recycling measures, not the year end's waste objective).
  // The measures chosen come newest report first, so the first is the one to set against the objective.
  const newestChosen = ranked.find((entry) => entry.item.id === measures[0]);
  const olderObjective =
    objectiveLink !== null &&
    !report &&
    newestChosen !== undefined &&
    newestChosen.coverage >= objectiveLink.coverage &&
    !/\bobjective\b/i.test(question) &&
    (reportOrder.get(newestChosen.item.report) ?? 0) < (reportOrder.get(objectiveLink.item.report) ?? 0);
  if (
    objectiveLink &&
    !sentenceBeatsObjective &&
    !olderObjective &&
    (measures.length === 0 || objectiveLink.score >= (best?.score ?? 0) - 0.05 || /\bobjective\b/i.test(question))
  ) {
    codes.push(objectiveLink.item.code);
    measures.length = 0;
  }
  let linkedReport =
    objectiveLink && codes.includes(objectiveLink.item.code) && !report ? objectiveLink.item.report : report;

  // "Why are children's placements flagged red?": the record meant is one rated as the question says. When the match
  // is rated otherwise, a record rated so that holds nearly as much of the question answers instead.
  const rated =
    namedCodes === 0 && (intent === "explain" || (intent === "draft" && /\b(?:why|how come)\b/i.test(question)))
      ? ratedAsAsked(
          {
            measures,
            objective: objectiveLink && codes.includes(objectiveLink.item.code) ? objectiveLink.item : null,
            ratings: statedRatings(question),
            report,
          },
          links,
          context.corpus,
          reportOrder,
        )
      : null;
  if (rated && "measure" in rated) {
    measures.splice(0, measures.length, rated.measure.id);
    codes.length = 0;
    linkedReport = report;
  } else if (rated) {
    measures.length = 0;
    codes.splice(0, codes.length, rated.objective.code);
    linkedReport = report ?? rated.objective.report;
  }

  // No topic of its own, or none the reports hold: the previous answer's topic stands. One word that names a measure
  // ("sickness" after a question on recycling) is a new question, not a follow-up.
  const weakTopic =
    weighed.length === 0 || (measures.length === 0 && (links.sentences[0]?.coverage ?? 0) < 0.6 && codes.length === 0);
  const followUp =
    previousPlan !== null &&
    codes.length === 0 &&
    !objectiveLink &&
    // "and recycling?", "why is recycling so low?": a follow-up's wording, but a measure of its own — a new question.
    (weakTopic || (followUpPattern.test(question) && measures.length === 0)) &&
    ratings.length === 0;
  if (followUp && previousPlan) {
    const followIntent = /^\s*(?:and\s+)?(?:why|how come)\b/i.test(question)
      ? "explain"
      : intent === "figure"
        ? previousPlan.intent
        : intent;
    // "and the year before?", "the previous quarter?": a period counted from the previous answer's.
    // ("the same quarter last year" is a shift too, not the whole of last year.)
    const shifted = shiftedPeriod(question, previousPlan, context.reports);
    const shiftedReport = shifted ? (resolveReport(shifted, context.reports, allMeasures).report?.id ?? null) : null;
    return {
      plan: {
        ...previousPlan,
        intent: followIntent,
        report: shifted ? shiftedReport : period ? report : previousPlan.report,
        period: shifted
          ? planPeriod(shifted)
          : period
            ? formatPeriodKey(period) === ""
              ? null
              : planPeriod(period)
            : previousPlan.period,
      },
      links,
      weighed,
      period,
      periodNotCovered,
      followUp: true,
      clarification: null,
      definition: null,
      completionBy: null,
      completionFrom: null,
    };
  }

  // "How is the council doing overall?": no topic left, so the answer is the report's overview.
  const overview = weighed.length === 0 && codes.length === 0 && intent === "summary";
  // "????", "SO-": nothing to go on at all.
  const empty =
    weighed.length === 0 &&
    codes.length === 0 &&
    ratings.length === 0 &&
    outcome === null &&
    period === null &&
    intent === "figure";
  return {
    plan: {
      intent: overview ? "summary" : intent,
      objectives: [...new Set(codes)],
      measures,
      outcome,
      report: linkedReport,
      period: period ? planPeriod(period) : null,
      ratings,
      subject: overview ? "objectives" : subject,
      topic,
    },
    links,
    weighed,
    period,
    periodNotCovered,
    followUp: false,
    definition: acronymAsked(question, context.synonyms),
    clarification: empty
      ? "I could not find a question about the reports in that."
      : previousPlan === null &&
          followUpPattern.test(question) &&
          weighed.length === 0 &&
          codes.length === 0 &&
          ratings.length === 0
        ? "That sounds like a follow-up, but there is no earlier question to follow."
        : null,
    completionBy: intent === "list" || intent === "count" ? deadline : null,
    completionFrom: intent === "list" || intent === "count" ? completionStart(question) : null,
    sideSentences:
      intent === "summary" || intent === "draft" || intent === "explain"
        ? sideSentences(topic, context, links, linkedReport)
        : [],
  };
}

/**
 * The sides of a topic joined by "and" ("X and Y", "X & Y"; with `slashes`, "X / Y" too), when there are two or
 * three and none is a clause joined on ("… buses and we should cut them"); empty otherwise.
 */
function topicSides(topic: string, slashes: boolean): string[] {
  const sides = topic.split(slashes ? /\s+(?:and|&|as well as|plus)\s+|\s*\/\s*/i : /\s+(?:and|&|as well as|plus)\s+/i);
  if (sides.length < 2 || sides.length > 3) return [];
  if (sides.slice(1).some((side) => /^(?:we|they|it|i|you|he|she|that|this|there)\b/i.test(side))) return [];
  return sides;
}

function weighSide(side: string, context: PlanningContext): WeighedTerm[] {
  return weighTerms(context.corpus.index, topicTerms(side), phraseSynonyms(side, context.synonyms));
}

/**
 * The sentence holding most of each side of a topic joined by "and", when one holds most of it. Only the sentences
 * the whole topic reached are looked at (each holds a quarter of it at least), so no side is matched afresh.
 */
function sideSentences(topic: string, context: PlanningContext, links: Links, report: string | null): SentenceMatch[] {
  const sides = topicSides(topic, true);
  if (sides.length === 0) return [];
  // Each candidate's words, looked up once for all the sides.
  const candidates = (report ? links.sentences.filter((match) => match.chunk.report === report) : links.sentences)
    .map((match) => {
      const passage = context.corpus.passageById.get(match.chunk.id);
      const sentence = passage?.sentences.find((entry) => entry.text === match.sentence);
      return passage && sentence ? { match, terms: sentence.terms, context: passage.contextTerms } : null;
    })
    .filter((candidate) => candidate !== null);
  const found: SentenceMatch[] = [];
  for (const side of sides) {
    const weighed = weighSide(side, context);
    if (weighed.length === 0) continue;
    let best: SentenceMatch | null = null;
    let bestHeld = 0.7 - 1e-9;
    for (const candidate of candidates) {
      const held = coverageInContext(weighed, candidate.terms, candidate.context);
      if (held > bestHeld) {
        best = candidate.match;
        bestHeld = held;
      }
    }
    if (best) found.push(best);
  }
  return found.length >= 2 ? found : [];
}

/** The best measure of each side of a topic joined by "and" ("X and Y"), when each holds most of its side. */
function sideMeasures(topic: string, context: PlanningContext, scope: ReadonlySet<string>): string[] {
  const sides = topicSides(topic, false);
  const found: string[] = [];
  for (const side of sides) {
    const weighed = weighSide(side, context);
    if (weighed.length === 0) return [];
    const top = matchQuestion(weighed, context.corpus, (id) => scope.has(id)).measures[0];
    // Every side must be a measure of its own: "council tax and recycling" is not answered by recycling alone.
    if (!top || top.coverage < 0.7) return [];
    found.push(top.item.id);
  }
  return found;
}

/** Share of the question the measures hold together, their names' and aliases' words in full, their objectives' at half. */
function heldTogether(weighed: readonly WeighedTerm[], ids: readonly string[], corpus: Corpus): number {
  const words = new Set<string>();
  const context = new Set<string>();
  for (const id of ids) {
    const entry = corpus.measureById.get(id);
    if (!entry) continue;
    for (const word of entry.terms) words.add(word);
    for (const alias of entry.aliases) for (const word of alias) words.add(word);
    for (const word of entry.contextTerms) context.add(word);
  }
  return coverageInContext(weighed, words, context);
}

/** The previous answer's period (or the newest report's) moved back a year or a quarter, when the question asks so. */
function shiftedPeriod(question: string, previousPlan: Plan, reports: readonly Report[]): PeriodKey | null {
  const back =
    /\b(?:the )?year before\b|\bprevious year\b|\bthe year earlier\b|\bsame (?:quarter|period|time) (?:last|the previous) year\b|\ba year (?:earlier|before)\b/i.test(
      question,
    )
      ? "year"
      : /\b(?:the )?(?:quarter before|previous quarter|last quarter|quarter earlier)\b/i.test(question)
        ? "quarter"
        : null;
  if (!back) return null;
  const newest = reports[0];
  const from = previousPlan.period ?? (newest ? reportPeriodKey(newest) : null);
  if (!from?.financialYear) return null;
  return back === "year" ? sameTimeLastYear(from) : previousQuarter(from);
}

function acronymAsked(
  question: string,
  synonyms: (phrase: string) => readonly string[],
): PlannedQuestion["definition"] {
  const acronym =
    /\b[Ww]hat (?:does|do) (?:the )?([A-Z][A-Za-z0-9&]{1,9})\s+(?:stand for|mean)\b/.exec(question)?.[1] ??
    /^\s*[Ww]hat(?:'s| is| are) (?:the |an? )?([A-Z][A-Z0-9&]{1,9})\s*\??\s*$/.exec(question)?.[1] ??
    null;
  return acronym ? { acronym, glossary: synonyms(acronym)[0] ?? null } : null;
}

// Past this rank an English word is uncommon enough to be what the question is about ("lollipop", "gritting").
const everydayRank = 30_000;

/**
 * In a request written as prose — a draft, a why, a "what's happening with" — an everyday word the reports never use
 * ("wanted", "unpaid", "backwards") is mostly how the asker put it, not the topic: it weighs no more than an
 * ordinary report word, so the words the reports do use decide the match. A lookup keeps the full weight, so
 * "fly tipping incidents" still finds nothing. A word followed by a capital letter or a number names something
 * ("band D", "tier 3", "phase 2"): it keeps its weight.
 */
function incidentalWords(
  weighed: WeighedTerm[],
  intent: Plan["intent"],
  englishRank: PlanningContext["englishRank"],
  topic: string,
): WeighedTerm[] {
  if (!englishRank || !(intent === "draft" || intent === "summary" || intent === "explain")) return weighed;
  const naming = new Set(
    [...topic.matchAll(/\b([a-z]{3,})\s+(?:[A-Z]|\d{1,2})(?![\w.,%£])/gi)].map((match) => match[1]!.toLowerCase()),
  );
  return weighed.map((term) => {
    const rank = englishRank(term.term);
    return term.forms.size === 0 &&
      term.phrases.length === 0 &&
      rank !== undefined &&
      rank < everydayRank &&
      !naming.has(term.term)
      ? { ...term, weight: Math.min(term.weight, 3) }
      : term;
  });
}
