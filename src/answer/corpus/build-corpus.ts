import type { Chunk } from "../../search/chunk.js";
import type { Measure } from "../../report/measure.js";
import type { Objective } from "../../report/objective.js";
import type { Records } from "../../report/records.js";
import { measureAliases } from "./measure-aliases.js";
import { sentences } from "./stated-figures.js";
import { buildTermIndex, type TermIndex } from "./term-index.js";
import { topicTerms } from "./topic-terms.js";

/** A sentence of a passage with its words. */
export interface CorpusSentence {
  readonly text: string;
  readonly terms: ReadonlySet<string>;
}

/** What questions are matched against: measure names, objective titles and the prose passages, as word sets. */
export interface Corpus {
  readonly index: TermIndex;
  /** `coreTerms`: the name's words without its bracketed qualifiers ("(under 18)", "(rolling 12 months)"). */
  readonly measures: readonly {
    readonly measure: Measure;
    readonly terms: ReadonlySet<string>;
    readonly coreTerms: ReadonlySet<string>;
    /**
     * The name's words with those of each prose clause that states one of the measure's own printed figures ("2,529
     * people have used the home-based enablement service"): the words the commentary uses for the measure.
     */
    readonly aliases: readonly ReadonlySet<string>[];
    /** Words of the title of the objective the measure sits under: half credit for a word the name lacks. */
    readonly contextTerms: ReadonlySet<string>;
  }[];
  readonly objectives: readonly { readonly objective: Objective; readonly terms: ReadonlySet<string> }[];
  readonly passages: readonly {
    readonly chunk: Chunk;
    readonly terms: ReadonlySet<string>;
    /** Words of the chunk's context (its objective's code and title), not quotable from the chunk. */
    readonly contextTerms: ReadonlySet<string>;
    readonly sentences: readonly CorpusSentence[];
  }[];
  /** Measure entries by measure id, passages by chunk id and objectives by id, for the look-ups a question makes by id. */
  readonly measureById: ReadonlyMap<string, Corpus["measures"][number]>;
  readonly passageById: ReadonlyMap<string, Corpus["passages"][number]>;
  readonly objectiveById: ReadonlyMap<string, Corpus["objectives"][number]>;
  /** Commentary passages by objective id ("2025-26-q2/SO-12"), in report order: what an objective's own prose says. */
  readonly commentaryByObjective: ReadonlyMap<string, readonly Corpus["passages"][number][]>;
  /** Word → positions in `measures`, `objectives` and `passages` of the entries holding it, so a question scores only those. */
  readonly postings: {
    readonly measures: ReadonlyMap<string, readonly number[]>;
    readonly objectives: ReadonlyMap<string, readonly number[]>;
    readonly passages: ReadonlyMap<string, readonly number[]>;
  };
}

function postingsOf(entries: readonly (readonly ReadonlySet<string>[])[]): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  entries.forEach((sets, position) => {
    for (const word of new Set(sets.flatMap((set) => [...set]))) {
      const list = postings.get(word);
      if (list) list.push(position);
      else postings.set(word, [position]);
    }
  });
  return postings;
}

const proseKinds = new Set<Chunk["kind"]>(["commentary", "achievement", "footnote", "note", "introduction", "summary"]);

/** Tokenises the records and prose chunks once, at start-up, so each question costs only set look-ups. */
export function buildCorpus(records: Records, chunks: readonly Chunk[]): Corpus {
  const passages = chunks
    .filter((chunk) => proseKinds.has(chunk.kind))
    .map((chunk) => {
      const chunkSentences = sentences(chunk.text).map((text) => ({ text, terms: new Set(topicTerms(text)) }));
      const contextTerms = new Set(topicTerms(chunk.context));
      return {
        chunk,
        terms: new Set(chunkSentences.flatMap((sentence) => [...sentence.terms])),
        contextTerms,
        sentences: chunkSentences,
      };
    });
  const clauses = measureAliases(records.measures, passages);
  const titles = new Map(
    records.objectives.map((objective) => [`${objective.report}|${objective.code}`, objective.title]),
  );
  const measures = records.measures.map((measure) => {
    const terms = new Set(topicTerms(measure.name));
    return {
      measure,
      terms,
      coreTerms: new Set(topicTerms(measure.name.replace(/\([^)]*\)/g, " "))),
      aliases: (clauses.get(measure.id) ?? []).map((clause) => new Set([...terms, ...topicTerms(clause)])),
      contextTerms: new Set(topicTerms(titles.get(`${measure.report}|${measure.objective}`) ?? "")),
    };
  });
  const objectives = records.objectives.map((objective) => ({
    objective,
    terms: new Set(topicTerms(objective.title)),
  }));
  const index = buildTermIndex([
    ...measures.map((entry) => [...entry.terms]),
    ...objectives.map((entry) => [...entry.terms]),
    ...passages.flatMap((entry) => entry.sentences.map((sentence) => [...sentence.terms])),
  ]);
  const postings = {
    measures: postingsOf(measures.map((entry) => [entry.terms, ...entry.aliases])),
    objectives: postingsOf(objectives.map((entry) => [entry.terms])),
    passages: postingsOf(passages.map((entry) => [entry.terms, entry.contextTerms])),
  };
  return {
    index,
    measures,
    objectives,
    passages,
    postings,
    measureById: new Map(measures.map((entry) => [entry.measure.id, entry])),
    passageById: new Map(passages.map((entry) => [entry.chunk.id, entry])),
    objectiveById: new Map(objectives.map((entry) => [entry.objective.id, entry])),
    commentaryByObjective: commentaryOf(passages),
  };
}

function commentaryOf(passages: Corpus["passages"]): Map<string, Corpus["passages"][number][]> {
  const byObjective = new Map<string, Corpus["passages"][number][]>();
  for (const passage of passages) {
    if (passage.chunk.kind !== "commentary" || !passage.chunk.objective) continue;
    const id = `${passage.chunk.report}/${passage.chunk.objective}`;
    const list = byObjective.get(id);
    if (list) list.push(passage);
    else byObjective.set(id, [passage]);
  }
  return byObjective;
}
