import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/** A question of a set, with the set and id it came from. */
export type BenchQuestion = { readonly set: string; readonly id: string; readonly question: string };

/** A question set the bench looked for: how many questions it held, or why it was skipped. */
export type QuestionSetStatus = {
  readonly name: string;
  readonly file: string;
  readonly questions: number | null;
  readonly skipped: string | null;
};

const questionSetSchema = z.array(z.object({ id: z.string(), q: z.string().min(1) }));
const retrievalSetSchema = z.object({ queries: z.array(z.object({ query: z.string().min(1) })) });

/**
 * The questions the warm-latency run asks: the shared dev questions (`../shared/eval/dev-questions.json`, absent on
 * a user's clone — skipped then), the project's own (`tests/answer/questions.json`) and the user-worded sets; plus the retrieval test
 * set's queries for timing the search alone. A set that is missing is skipped with the reason; one that is there
 * but malformed throws, naming the file.
 */
export function loadBenchQuestions(root: string): {
  questions: BenchQuestion[];
  retrievalQueries: string[];
  sets: QuestionSetStatus[];
} {
  const sets: QuestionSetStatus[] = [];
  const questions: BenchQuestion[] = [];
  const read = <T>(name: string, file: string, schema: z.ZodType<T>): T | null => {
    if (!existsSync(file)) {
      sets.push({ name, file, questions: null, skipped: "file not found" });
      return null;
    }
    const parsed = schema.safeParse(JSON.parse(readFileSync(file, "utf8")));
    if (!parsed.success)
      throw new Error(`${file}: not a question set (${parsed.error.issues[0]?.message ?? "invalid"})`);
    return parsed.data;
  };
  for (const [name, file] of [
    ["dev", path.join(root, "..", "shared", "eval", "dev-questions.json")],
    ["project", path.join(root, "tests", "answer", "questions.json")],
    ["user-tuning", path.join(root, "tests", "answer", "user-questions-tuning.json")],
    ["user-held-out", path.join(root, "tests", "answer", "user-questions-held-out.json")],
  ] as const) {
    const set = read(name, file, questionSetSchema);
    if (set === null) continue;
    sets.push({ name, file, questions: set.length, skipped: null });
    questions.push(...set.map((entry) => ({ set: name, id: entry.id, question: entry.q })));
  }
  const retrievalFile = path.join(root, "tests", "search", "retrieval-test-set.json");
  const retrieval = read("retrieval", retrievalFile, retrievalSetSchema);
  if (retrieval !== null)
    sets.push({ name: "retrieval", file: retrievalFile, questions: retrieval.queries.length, skipped: null });
  return { questions, retrievalQueries: retrieval?.queries.map((entry) => entry.query) ?? [], sets };
}
